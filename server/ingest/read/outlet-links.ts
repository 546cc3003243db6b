// Finds the list of links a news page puts after its story ("Moody's upgraded Agribank ratings …",
// "PVEP to become …"): other stories' headlines, scraped with the text. They are not the article, so
// the reader shows them apart and the drafter reads no facts from them. The rule is general, not a
// list of headlines: after the last paragraph of running text, a run of two or more short lines that
// do not end a sentence, with only blank lines or a credit ("(Source: VNA)") after it.

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

/** The trailing link list of an article's text, or undefined when it has none. */
export function outletLinksOf(text: string): OutletLinks | undefined {
  const lines: Line[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const t = m[0].trim();
    if (t) lines.push({ text: t, start: m.index, end: m.index + m[0].length });
  }
  let i = lines.length - 1;
  while (i >= 0 && isCredit(lines[i]!.text)) i--;
  const last = i;
  while (i >= 0 && isHeadlineLike(lines[i]!.text)) i--;
  const run = lines.slice(i + 1, last + 1);
  // The run follows the story's last paragraph: a line of running text, not a lead-in ("include:").
  if (run.length < 2 || i < 0 || !endsSentence(lines[i]!.text)) return undefined;
  return { links: run.map((l) => l.text), spans: run.map((l) => [l.start, l.end]) };
}

/** The text without its trailing link list (the lines dropped, a credit after them kept). */
export function withoutOutletLinks(text: string): { text: string; links: string[] } {
  const found = outletLinksOf(text);
  if (!found) return { text, links: [] };
  let out = '';
  let from = 0;
  for (const [start, end] of found.spans) {
    out += text.slice(from, start);
    from = text[end] === '\n' ? end + 1 : end;
  }
  return { text: out + text.slice(from), links: found.links };
}

/** The text with its trailing link list blanked by spaces: every other offset (and so quote) stays. */
export function blankOutletLinks(text: string): string {
  const found = outletLinksOf(text);
  if (!found) return text;
  let out = text;
  for (const [start, end] of found.spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}
