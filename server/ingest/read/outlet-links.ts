// Finds the list of links a news page puts after its story ("Moody's upgraded Agribank ratings …",
// "PVEP to become …"): other stories' headlines, scraped with the text. They are not the article, so
// the reader shows them apart and the drafter reads no facts from them. The rule is general, not a
// list of headlines: after the last paragraph of running text, a run of two or more short lines that
// do not end a sentence, with only blank lines or a credit ("(Source: VNA)") after it.
// The same holds for the site's chrome scraped before the story ("Logo", "Đăng ký ấn phẩm|Đăng nhập"):
// a leading run of short navigation lines, before the first line of text, is not the article either.

/** Headlines are short; a longer line without a full stop is more likely a caption or running text. */
const MAX_HEADLINE_CHARS = 120;

export interface OutletLinks {
  /** The headlines, trimmed, in the order the page lists them. */
  links: string[];
  /** Offsets in the text of each headline's line (the line without its line break). */
  spans: Array<[number, number]>;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

/** A line ends a sentence: a full stop, question or exclamation mark, maybe closed by a quote mark. */
const endsSentence = (t: string) => /[.!?…]["”’)\]]*$/.test(t);

/** A credit line after the story: "(Source: VNA)", "Source: VNS". */
const isCredit = (t: string) => /^\(.*\)$/.test(t) || /^source\s*:/i.test(t);

/** A line that reads as a headline: a few words, short, not ending a sentence nor leading into more. */
function isHeadlineLike(t: string): boolean {
  if (t.length > MAX_HEADLINE_CHARS || t.split(/\s+/).length < 3) return false;
  return !endsSentence(t) && !/[:;,–—-]$/.test(t) && !isCredit(t);
}

/** Words of a site's header: logo, menus, login and subscription, in Vietnamese or English. */
const CHROME_WORDS =
  /^(logo|menu|home|search|trang chủ|tìm kiếm)$|đăng nhập|đăng ký|ấn phẩm|log ?in|sign ?(in|up)|subscribe|register/i;

/** A line of the site's chrome: short, no sentence punctuation, a logo/login word or short items between | or ' / '. */
function isChromeLike(t: string): boolean {
  if (t.length > 80 || /[.!?…,;:]/.test(t)) return false;
  if (CHROME_WORDS.test(t) && t.split(/\s+/).length <= 4) return true;
  const items = t.split(/\s*\|\s*|\s+\/\s+/);
  // Two items ("Lang Son / Chongzuo pact") may be a headline: a menu has three, or a login item.
  const short = items.every((w) => w.length > 0 && w.split(/\s+/).length <= 4);
  return short && (items.length >= 3 || (items.length === 2 && CHROME_WORDS.test(t)));
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const t = m[0].trim();
    if (t) lines.push({ text: t, start: m.index, end: m.index + m[0].length });
  }
  return lines;
}

/** Offsets of the site's chrome lines before the article's first line, or none. */
export function leadingChromeOf(text: string): Array<[number, number]> {
  const lines = linesOf(text).filter((l) => !/^#\s*source:/i.test(l.text));
  const spans: Array<[number, number]> = [];
  for (const l of lines) {
    if (!isChromeLike(l.text)) break;
    spans.push([l.start, l.end]);
  }
  return spans;
}

/** The trailing link list of an article's text, or undefined when it has none. */
export function outletLinksOf(text: string): OutletLinks | undefined {
  const lines = linesOf(text);
  let i = lines.length - 1;
  while (i >= 0 && isCredit(lines[i]!.text)) i--;
  const last = i;
  while (i >= 0 && isHeadlineLike(lines[i]!.text)) i--;
  const run = lines.slice(i + 1, last + 1);
  // The run follows the story's last paragraph: a line of running text, not a lead-in ("include:").
  if (run.length < 2 || i < 0 || !endsSentence(lines[i]!.text)) return undefined;
  return { links: run.map((l) => l.text), spans: run.map((l) => [l.start, l.end]) };
}

/** The text without its site chrome and trailing link list (the lines dropped, a credit kept). */
export function withoutOutletLinks(text: string): { text: string; links: string[] } {
  const found = outletLinksOf(text);
  const spans = [...leadingChromeOf(text), ...(found?.spans ?? [])];
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    out += text.slice(from, start);
    from = text[end] === '\n' ? end + 1 : end;
  }
  out += text.slice(from);
  // Blank lines the chrome leaves at the top go with it.
  if (spans.length > (found?.spans.length ?? 0)) out = out.replace(/^\s*\n/, '');
  return { text: out, links: found?.links ?? [] };
}

/** The text with its site chrome and trailing link list blanked by spaces: every other offset (and quote) stays. */
export function blankOutletLinks(text: string): string {
  const spans = [...leadingChromeOf(text), ...(outletLinksOf(text)?.spans ?? [])];
  let out = text;
  for (const [start, end] of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}
