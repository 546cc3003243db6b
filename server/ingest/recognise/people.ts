// Officials: a name (a Vietnamese or Chinese family name and given names, or any capitalised name
// right after a title) that comes with a title, before it ("Deputy Prime Minister Tran Luu Quang")
// or in apposition after it ("You Jun, Deputy Secretary of the Beijing municipal Party Committee").
import { HONORIFICS, TITLE_CONNECTORS, TITLE_HEADS, TITLE_MODIFIERS, cnSurnames, vnSurnames } from './lexicon.ts';
import type { Mention, Register, TitleSegment } from './mentions.ts';
import type { Sentence } from '../read/sentences.ts';
import type { NerSpan } from '../engine/annotation.ts';
import { fold, isCapitalized, slugify, tokenize, type Token } from '../text.ts';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function isTitleWord(w: string, reg: Register): boolean {
  const f = fold(w);
  return TITLE_HEADS.has(f) || TITLE_MODIFIERS.has(f) || Boolean(reg.gaz.demonym(w));
}

/**
 * Officials of a sentence. `persons`: the NLP engine's PERSON names, which add names our family-name
 * lists do not know ("Shungaku Yanai", "Vilayvong Bouddakham"); a title is still required.
 */
export function findOfficials(s: Sentence, reg: Register, taken: Mention[], persons: NerSpan[] = []): Mention[] {
  const text = s.text;
  const tokens = tokenize(text);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const name = nameAt(text, tokens, i, reg, taken) ?? engineNameAt(text, tokens[i]!, persons, reg, taken);
    if (!name) continue;
    const { start, end, origin } = name;
    // A title does not reach back over another person ("between X and Secretary … Y").
    const floor = out.at(-1)?.end ?? 0;
    const before = titleBefore(text, start, reg, floor);
    const after = titleAfter(text, end, reg);
    const honorific = HONORIFICS.test(text.slice(Math.max(0, start - 8), start));
    if (!before && !after.length && !(honorific && origin !== 'any')) continue;
    const surface = text.slice(start, end);
    const segments = [...(before ? [before] : []), ...after];
    const title =
      before && after.length
        ? `${before.text}, ${after.map((a) => a.text).join(', ')}`
        : before
          ? before.text
          : text.slice(after[0]?.start ?? end, after.at(-1)?.end ?? end);
    const country = countryOf(segments, origin, reg);
    const id = slugify(surface);
    const entity = reg.add(
      {
        id,
        kind: 'Official',
        name: surface,
        country,
        title: title || undefined,
        quote: quoteOf(text, before, start, end, after),
        confidence: 0.85,
      },
      surface,
      s.start + start,
    );
    for (const seg of segments) {
      if (!entity.posts.some((p) => p.segment.text === seg.text)) entity.posts.push({ segment: seg, sentence: s });
    }
    const words = surface.split(/\s+/);
    // Later references use the given name (Vietnamese: the last word) or the family name (Chinese).
    reg.addShortForm(fold(origin === 'cn' ? words[0]! : words.at(-1)!), id);
    out.push({
      id,
      kind: 'Official',
      start,
      end,
      surface,
      titleSpan: { start: before?.start ?? start, end: after.at(-1)?.end ?? end },
    });
    while (i + 1 < tokens.length && tokens[i + 1]!.start < end) i++;
  }
  return out;
}

function quoteOf(
  text: string,
  before: TitleSegment | undefined,
  start: number,
  end: number,
  after: TitleSegment[],
): string {
  return text.slice(before?.start ?? start, after.at(-1)?.end ?? end);
}

function countryOf(segments: TitleSegment[], origin: 'vn' | 'cn' | 'any', reg: Register): string | undefined {
  for (const seg of segments) {
    const first = seg.text.split(/\s+/)[0]!;
    const c = reg.gaz.demonym(first);
    if (c?.country) return c.country;
  }
  return origin === 'vn' ? 'VN' : origin === 'cn' ? 'CN' : undefined;
}

/** Words of bodies and titles: never part of a person's name ("Secretary of the Party Committee"). */
const NOT_IN_NAMES =
  /^(?:Party|Committee|People['’]s|People|Council|Government|Department|Ministry|Office|Province|City|District|Assembly|Conference|Political|Consultative|Region|Autonomous|Zone|Park)$/;

/** The engine's PERSON name starting at this token, if it is no place, body or title word. */
function engineNameAt(
  text: string,
  t: Token,
  persons: NerSpan[],
  reg: Register,
  taken: Mention[],
): { start: number; end: number; origin: 'vn' | 'cn' | 'any' } | undefined {
  const span = persons.find((p) => p.start === t.start && p.ner === 'PERSON');
  if (!span) return undefined;
  const surface = text.slice(span.start, span.end).replace(/['’]s?$/, '');
  const words = surface.split(/\s+/);
  if (
    words.length < 2 ||
    words.length > 4 ||
    words.some((w) => !isCapitalized(w) || NOT_IN_NAMES.test(w) || isTitleWord(w, reg))
  )
    return undefined;
  const end = span.start + surface.length;
  if (taken.some((m) => overlaps(m, { start: span.start, end })) || reg.gaz.lookup(surface).length) return undefined;
  const f = fold(words[0]!);
  return {
    start: span.start,
    end,
    origin: vnSurnames.has(f) ? 'vn' : cnSurnames.has(words[0]!.toLowerCase()) ? 'cn' : 'any',
  };
}

/** A person's name starting at token i, if the words look like one. */
function nameAt(
  text: string,
  tokens: Token[],
  i: number,
  reg: Register,
  taken: Mention[],
): { start: number; end: number; origin: 'vn' | 'cn' | 'any' } | undefined {
  const t = tokens[i]!;
  if (!isCapitalized(t.text)) return undefined;
  if (taken.some((m) => m.start <= t.start && t.start < m.end)) return undefined;
  const f = fold(t.text);
  if (NOT_IN_NAMES.test(t.text)) return undefined;
  const origin: 'vn' | 'cn' | 'any' = vnSurnames.has(f) ? 'vn' : cnSurnames.has(t.text.toLowerCase()) ? 'cn' : 'any';
  const maxRest = origin === 'cn' ? 1 : 3;
  let j = i;
  while (j + 1 < tokens.length && j - i < maxRest) {
    const next = tokens[j + 1]!;
    if (!isCapitalized(next.text) || text.slice(tokens[j]!.end, next.start) !== ' ') break;
    if (taken.some((m) => overlaps(m, next))) break;
    if (isTitleWord(next.text, reg) || NOT_IN_NAMES.test(next.text)) break;
    j++;
  }
  if (j === i) return undefined;
  // A Vietnamese given name after a Chinese family name ("Lưu" is both): let the words decide.
  if (origin === 'any') {
    // Other names only right after a title: "Governor of Luang Prabang Province Phouvong Sayasith".
    if (!titleBefore(text, t.start, reg)) return undefined;
    if (j - i > 2) j = i + 2;
    if (reg.gaz.lookup(text.slice(t.start, tokens[j]!.end)).length) return undefined;
  }
  return { start: t.start, end: tokens[j]!.end, origin };
}

/** The title right before a name: the run of title words, capitalised words and connectors. */
function titleBefore(text: string, nameStart: number, reg: Register, floor = 0): TitleSegment | undefined {
  const words = [...text.slice(0, nameStart).matchAll(/[\p{L}\p{N}'’()-]+/gu)].filter((w) => w.index >= floor);
  let k = words.length - 1;
  let firstTitle = -1;
  for (; k >= 0; k--) {
    const w = words[k]!;
    const gap = text.slice(w.index + w[0].length, k === words.length - 1 ? nameStart : words[k + 1]!.index);
    if (/[,;:.!?"“”—–]/.test(gap)) break;
    const word = w[0].replace(/[()]/g, '');
    // A title may be written in lower case right before the name, after the body it is in ("Sailun Group
    // chairman Liu Yanhua"); not "chairman of the <Name>", where the words after it name a body.
    const lowerTitle =
      !isCapitalized(word) && isTitleWord(word, reg) && words.slice(k + 1).every((x) => isTitleWord(x[0], reg));
    if (!(isCapitalized(word) || lowerTitle || TITLE_CONNECTORS.has(word.toLowerCase()) || /^\(.*\)$/.test(w[0])))
      break;
    // "Minister of Industry and Trade" keeps its "and"; "X and Secretary Y" does not.
    if (
      word === 'and' &&
      !(
        k > 0 &&
        isCapitalized(words[k - 1]![0]) &&
        isCapitalized(words[k + 1]?.[0] ?? '') &&
        !isTitleWord(words[k + 1]![0], reg)
      )
    )
      break;
    if (isTitleWord(word, reg)) firstTitle = k;
  }
  if (firstTitle < 0) return undefined;
  // The title starts at the first title word of the run, modifiers included ("Deputy Prime Minister").
  const start = words[firstTitle]!.index;
  const raw = text.slice(start, nameStart).trimEnd();
  if (!raw.split(/[\s-]+/).some((w) => TITLE_HEADS.has(fold(w)))) return undefined;
  return { text: raw, start, end: start + raw.length };
}

/** Titles in apposition: ", member of X and head of Y, Secretary of Z". */
function titleAfter(text: string, nameEnd: number, reg: Register): TitleSegment[] {
  const out: TitleSegment[] = [];
  let pos = nameEnd;
  for (;;) {
    const lead = text.slice(pos).match(/^\s*,\s*/);
    if (!lead) break;
    const segStart = pos + lead[0].length;
    const seg = titlePhrase(text, segStart, reg);
    if (!seg) break;
    out.push(seg);
    pos = seg.end;
  }
  return out;
}

function titlePhrase(text: string, start: number, reg: Register): TitleSegment | undefined {
  const re = /([\p{L}\p{N}'’-]+|\([^)]{1,20}\))/uy;
  let pos = start;
  let end = start;
  let sawHead = false;
  let first = true;
  for (;;) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    const w = m[0];
    const lw = fold(w);
    if (first) {
      if (!isTitleWord(w, reg)) return undefined;
    } else if (lw === 'and') {
      const next = text.slice(re.lastIndex).match(/^\s+([\p{L}'’-]+)/u)?.[1];
      if (!next || !isTitleWord(next, reg)) break;
    } else if (!(isCapitalized(w) || w.startsWith('(') || TITLE_CONNECTORS.has(lw) || isTitleWord(w, reg))) break;
    if (lw.split('-').some((x) => TITLE_HEADS.has(x))) sawHead = true;
    first = false;
    end = m.index + w.length;
    const gap = text.slice(end).match(/^ +/);
    if (!gap) break;
    pos = end + gap[0].length;
  }
  if (!sawHead) return undefined;
  // A title does not end on a connector ("Chairman of the").
  let raw = text.slice(start, end);
  raw = raw.replace(/(?:\s+(?:of|the|and|to|for|on|in))+$/i, '');
  return raw ? { text: raw, start, end: start + raw.length } : undefined;
}

/** Later mentions by the short form ("Quang said", "Nghĩa's working session", "Meeting with Liu"). */
export function findShortForms(s: Sentence, reg: Register, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  if (!reg.shortForms.size) return out;
  for (const t of tokenize(s.text)) {
    if (!isCapitalized(t.text)) continue;
    const word = t.text.replace(/['’]s$/, '');
    const id = reg.shortForms.get(fold(word));
    if (!id) continue;
    const end = t.start + word.length;
    if (taken.some((m) => overlaps(m, { start: t.start, end }))) continue;
    const e = reg.entities.get(id)!;
    out.push({ id, kind: e.kind, start: t.start, end, surface: word });
  }
  return out;
}
