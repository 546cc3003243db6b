// SIGNED: "X signed <document> with Y", "A and B signed …", "<document> between A and B",
// "the two sides signed …".
import { readCount } from '../recognise/lexicon.ts';
import type { SignedDoc } from './from-parse.ts';
import {
  TWO_SIDES_BEFORE,
  TWO_SIDES_SUBJECT,
  actorsIn,
  firstAfter,
  placeOf,
  push,
  subjectBefore,
  twoSides,
  type Ctx,
  type DraftRelation,
} from './context.ts';

const DOC =
  /(?:\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?\b(Memorand(?:um|a) of Understanding|memorand(?:um|a)(?= on\b| of\b| to\b)|MoUs?|MOUs?|(?:[A-Z][a-z]+ (?:and [A-Z][a-z]+ )?)*Agreements?|(?:cooperation |framework |trade |investment |sister[- ]city |twinning )?agreements?|[Mm]inutes|[Jj]oint [Ss]tatements?|[Aa]ction [Pp]lans?|[Cc]ontracts?|[Ll]etters? of [Ii]ntent|(?:friendly |cooperation |friendship |[a-z]+ )?(?:pacts?|deals?|treat(?:y|ies)|accords?))\b/g;

function docKind(doc: string): DraftRelation extends infer R ? (R extends { docKind: infer K } ? K : never) : never {
  const d = doc.toLowerCase();
  if (/memorand|mou/.test(d)) return 'MoU';
  if (/minutes/.test(d)) return 'minutes';
  if (/joint statement/.test(d)) return 'joint statement';
  if (/plan/.test(d)) return 'plan';
  if (/agreement|pact|deal|treat|accord/.test(d)) return 'agreement';
  return 'other';
}

/** The documents a phrase names ("a Memorandum of Understanding on …", "5 minutes and 4 MoUs"). */
export function documentsIn(text: string): SignedDoc[] {
  return [...text.matchAll(DOC)]
    .filter((d) => d[1] || !/^[a-z][a-z ]*(?:agreements|contracts|plans|statements)$/.test(d[2]!))
    .map((d) => {
      const document = documentName(text, d.index! + (d[1] ? d[0].indexOf(d[2]!) : 0), d[2]!);
      const count = readCount(d[1]);
      return { document, docKind: docKind(d[2]!), ...(count ? { count } : {}) };
    });
}

export function signed(c: Ctx) {
  const text = c.a.sentence.text;
  const verb = text.match(/\b(?:signed|sign|signs|signing|inked|concluded)\b/);
  const between = /\bbetween\b/.test(text);
  if (!verb && !between) return;
  // A bare plural ("notable agreements include ...") names no document of its own.
  const docs = [...text.matchAll(DOC)].filter(
    (d) => d[1] || !/^[a-z][a-z ]*(?:agreements|contracts|plans|statements)$/.test(d[2]!),
  );
  if (!docs.length) return;
  let ends: [string, string] | undefined;
  // A signing clause names its signatories: a body when it names one ("the People's Committee of X and
  // the People's Government of Y signed"). A document "between" two bodies names the parties to it,
  // which are their localities (the project's convention for agreements).
  const pairOf = (a: string, b: string): [string, string] => [a, b];
  const partiesOf = (a: string, b: string): [string, string] => [placeOf(c, a), placeOf(c, b)];
  // "A and B signed <doc>"
  if (verb) {
    const [a, b] = actorsIn(c, 0, verb.index!).slice(-2);
    if (
      a &&
      b &&
      /^\s*(?:\(\w+\)\s*)?and\s+(?:the\s+)?$/.test(text.slice(a.end, b.start)) &&
      /^\s*(?:\w+\s+){0,4}$/.test(text.slice(b.end, verb.index!))
    )
      ends = pairOf(a.id, b.id);
  }
  // "A signed <doc> with B"
  if (!ends && verb) {
    const withM = text.slice(verb.index!).match(/\bwith\s+/);
    const other = withM && firstAfter(c, verb.index! + withM.index! + withM[0].length);
    const subject = other && subjectBefore(c, verb.index!, [other.id]);
    if (other && subject) ends = pairOf(subject, other.id);
  }
  // "the Memorandum of Understanding between A and B" (the document right before "between")
  const bw = [...text.matchAll(/\b(?:between|among)\s+/g)].find((b) =>
    docs.some((d) => d.index! < b.index! && b.index! - (d.index! + d[0].length) < 4),
  );
  const named = bw && docs.find((d) => d.index! < bw.index! && bw.index! - (d.index! + d[0].length) < 4);
  if (!ends && bw && (verb || /^[A-Z]/.test(named![2]!))) {
    const from = bw.index! + bw[0].length;
    if (/^the two (?:countries|nations|governments|sides)\b/.test(text.slice(from)) && c.pair) ends = c.pair;
    else {
      const first = firstAfter(c, from);
      const and = first ? text.indexOf(' and ', first.end) : -1;
      const second = and >= 0 ? firstAfter(c, and) : undefined;
      if (first && second) ends = partiesOf(first.id, second.id);
    }
  }
  if (!ends && verb && /between the two (?:countries|nations|governments|sides)\b/.test(text) && c.pair) ends = c.pair;
  // "where the two sides signed": the last two localities the sentence names before the verb.
  if (!ends && verb && (TWO_SIDES_BEFORE.test(text.slice(0, verb.index!)) || TWO_SIDES_SUBJECT.test(text)))
    ends = twoSides(c, verb.index!);
  if (!ends) return;
  for (const d of docs) {
    const document = documentName(text, d.index! + (d[1] ? d[0].indexOf(d[2]!) : 0), d[2]!);
    push(c, {
      type: 'SIGNED',
      from: ends[0],
      to: ends[1],
      document,
      docKind: docKind(d[2]!),
      count: readCount(d[1]),
      confidence: verb ? 0.75 : 0.6,
    } as DraftRelation);
  }
}

/** The longest document name kept; a longer "on …" phrase is cut at a word boundary before it. */
const MAX_NAME = 160;
/** Where the document's subject ends: the next party, another document, the day, the place or the witnesses. */
const NAME_END = new RegExp(
  [
    String.raw`\s+(?:between|among|signed|inked|witnessed)\b`,
    String.raw`\s+and (?:\d|one|two|three|four|five)\b`,
    String.raw`\s+with (?:the )?\p{Lu}`,
    String.raw`\s+(?:in|at) the (?:presence|witness)\b`,
    String.raw`\s+on (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d|\d{1,2} \p{Lu}|the occasion)`,
  ].join('|'),
  'u',
);

/** The document with what it is about: "Memorandum of Understanding on friendship and cooperation". */
function documentName(text: string, at: number, doc: string): string {
  const rest = text.slice(at + doc.length).match(/^\s+(?:on|of|regarding|for|about)\s+[^,;.]{3,}/)?.[0] ?? '';
  let about = rest.replace(new RegExp(`(?:${NAME_END.source}).*$`, 'u'), '');
  // Never cut inside a word: a long subject ends at the last whole word that fits.
  if (doc.length + about.length > MAX_NAME) {
    about = about.slice(0, MAX_NAME - doc.length + 1).replace(/\s+\S*$/, '');
    about = about.replace(/\s+(?:on|of|for|in|and|the|a|an|to|with|regarding|about)$/i, '');
  }
  return (doc + about).replace(/["“”]/g, '').trim();
}
