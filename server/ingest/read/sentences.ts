// Splits an article into sentences with their offsets, and drops page furniture (menus, other
// stories' headlines, Vietnamese-language teasers) that a news page carries around the story.

export interface Sentence {
  /** Verbatim text of the sentence (a substring of the article). */
  text: string;
  start: number;
  end: number;
  /** Paragraph number, for context that spans neighbouring sentences. */
  para: number;
  index: number;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Co|Ltd|Inc|Corp|No|St|Jr|Sr|Gen|Lt|Col|Maj|Capt|Sen|Rep|Gov|Dept|Assoc|approx|vs|etc|e\.g|i\.e)|\b[A-Z])\.$/;

const VIETNAMESE_WORDS =
  /(?:^|\s)(?:của|và|các|được|những|cho|với|trong|không|là|đã|này|một|người|theo|từ|tại|về|sẽ)(?=\s|$)/giu;

/** True for a line that is not part of the story's running text. */
export function isFurniture(line: string): boolean {
  const t = line.trim();
  if (!t) return true;
  const words = t.split(/\s+/).length;
  // Running text ends its sentences; headlines, bylines, menus and dates do not.
  if (!/[.!?]["”’)]?$/.test(t) && !/[.!?]["”’)]?\s/.test(t)) return true;
  if (words < 4) return true;
  // Text in Vietnamese (the stories are in English): several Vietnamese function words.
  const vi = t.match(VIETNAMESE_WORDS)?.length ?? 0;
  return vi >= 3 && vi / words > 0.08;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0];
    const lineStart = m.index;
    if (isFurniture(line)) continue;
    para++;
    let from = 0;
    for (const b of line.matchAll(/[.!?]["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\d])/gu)) {
      const stop = b.index + b[0].trimEnd().length;
      if (ABBREVIATIONS.test(line.slice(Math.max(0, stop - 8), stop))) continue;
      push(line.slice(from, stop), lineStart + from);
      from = b.index + b[0].length;
    }
    push(line.slice(from), lineStart + from);
  }
  function push(raw: string, at: number) {
    const lead = raw.length - raw.trimStart().length;
    const s = raw.trim();
    if (s.length < 3) return;
    out.push({ text: s, start: at + lead, end: at + lead + s.length, para, index: out.length });
  }
  return out;
}

/**
 * Length of the dateline a story's first sentence opens with, 0 if none: "HÀ NỘI — ", "date
 * 2025-06-02 BEIJING — ", "VIETNAM, May 29 - HÀ NỘI — " (a wire's date and place, then the place).
 * It says where the story was filed, not who acted.
 */
export function datelineLength(text: string): number {
  const m = text.match(/^(?:date \S+\s+)?(?:[^.—–]{0,60}?\s(?:[—–]|--?)\s){1,2}/);
  if (!m || !/\b\p{Lu}{3,}/u.test(m[0].replace(/^date \S+/, ''))) return 0;
  // A second "—" belongs to the dateline only if what precedes it shouts too ("HÀ NỘI —").
  const one = text.match(/^(?:date \S+\s+)?[^.—–]{0,60}?\s(?:[—–]|--?)\s/)![0];
  const rest = m[0].slice(one.length);
  return rest && !/^[\p{Lu}\s,.'’-]+(?:[—–]|--?)\s$/u.test(rest) ? one.length : m[0].length;
}

/** The sentence as the NLP engine should read it: the dateline blanked (offsets kept), so it is not parsed as the subject. */
export function withoutDateline(s: Sentence): string {
  const d = s.index === 0 ? datelineLength(s.text) : 0;
  return ' '.repeat(d) + s.text.slice(d);
}
