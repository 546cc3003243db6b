// Companies and organisations named without the suffixes the pattern recogniser knows: by a word
// that says what they are ("electronics manufacturer Goertek Vina", "the Đại Phong infrastructure
// construction company"), or by the NLP engine's ORGANIZATION names that end in an organisation's
// head word ("Thu Dau Mot University", "Yamaguchi Prefectural Assembly"). Once named, later bare
// mentions of the same name are found too ("Goertek Vina CEO …").
import type { NerSpan } from '../engine/annotation.ts';
import type { Sentence } from '../read/sentences.ts';
import { nameKey, slugify } from '../text.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.ts';
import type { Mention, Register } from './mentions.ts';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3}`;
const KIND_WORDS =
  'manufacturer|maker|producer|developer|firm|company|corporation|group|investor|conglomerate|supplier|giant|contractor|exporter|importer|operator|retailer|brand';
/** "electronics manufacturer Goertek Vina": a lower-case kind word right before the name. */
const KIND_BEFORE = new RegExp(String.raw`\b(?:[a-z-]+\s+)?(?:${KIND_WORDS})\s+(${NAME})`, 'gu');
/** "the Đại Phong infrastructure construction company": the name, a few lower-case words, the kind word. */
const KIND_AFTER = new RegExp(
  String.raw`\b[Tt]he\s+(${NAME})\s+(?:[a-z-]+\s+){0,3}(company|corporation|group|firm)\b`,
  'gu',
);
const ORG_HEAD =
  /^(?:University|College|Institute|Academy|Assembly|Council|Committee|Government|Association|Federation|Union|Chamber|Agency|Authority|Administration|Commission|Bureau|Foundation|Fund|Bank|Hospital|School|Corporation|Company|Group|JSC|Ltd|Holdings)$/;
const COMPANY_HEAD = /^(?:Corporation|Company|Group|JSC|Ltd|Holdings|Bank)$/;
/** Words that name what a body does, not which one it is ("Joint Working Group"): a name needs a proper word too. */
const GENERIC =
  /^(?:Joint|Working|Steering|Coordinating|Coordination|Management|Organising|Organizing|Executive|Standing|International|National|Central|Provincial|Municipal|Border|Trade|Economic|Cooperation|Committee|Council|Board|Group|The)$/;

function notAName(words: string[], reg: Register): boolean {
  return (
    words.some((w) => TITLE_HEADS.has(nameKey(w)) || TITLE_MODIFIERS.has(nameKey(w)) || Boolean(reg.gaz.demonym(w))) ||
    reg.gaz.lookup(words.join(' ')).length > 0
  );
}

/** A mention in the way of a new name: any overlap, unless it is a place the name contains ("Thu Dau Mot University"). */
function inTheWay(t: Mention, span: { start: number; end: number }): boolean {
  const inside = t.start >= span.start && t.end <= span.end && (t.kind === 'Province' || t.kind === 'City');
  return overlaps(t, span) && !inside;
}

function record(
  s: Sentence,
  reg: Register,
  kind: 'Company' | 'Organization',
  name: string,
  start: number,
  end: number,
  onlyIfRelated: boolean,
): Mention {
  const surface = s.text.slice(start, end);
  const id = slugify(name);
  reg.add(
    {
      id,
      kind,
      name,
      aliases: surface !== name ? [surface] : [],
      quote: surface,
      rescan: true,
      onlyIfRelated,
      confidence: 0.65,
    },
    surface,
    s.start + start,
  );
  return { id, kind, start, end, surface };
}

/** Companies named by what they are ("manufacturer Goertek Vina", "the Đại Phong … company"). */
export function findDescribedCompanies(s: Sentence, reg: Register, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of s.text.matchAll(KIND_BEFORE)) {
    const name = m[1]!.replace(/['’]s$/, '');
    const start = m.index + m[0].length - m[1]!.length;
    const span = { start, end: start + name.length };
    if (notAName(name.split(/\s+/), reg) || [...taken, ...out].some((t) => overlaps(t, span))) continue;
    out.push(record(s, reg, 'Company', name, span.start, span.end, false));
  }
  for (const m of s.text.matchAll(KIND_AFTER)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const span = { start, end: m.index + m[0].length };
    if (
      notAName(m[1]!.split(/\s+/), reg) ||
      [...taken, ...out].some((t) => overlaps(t, { start, end: start + m[1]!.length }))
    )
      continue;
    out.push(record(s, reg, 'Company', m[1]!, span.start, span.end, false));
  }
  return out;
}

/** The engine's ORGANIZATION names that end in an organisation's head word; drafted only if a fact uses them. */
export function findEngineOrganizations(s: Sentence, reg: Register, taken: Mention[], ner: NerSpan[] = []): Mention[] {
  const out: Mention[] = [];
  for (const n of ner) {
    if (n.ner !== 'ORGANIZATION') continue;
    // "Japan’s Yamaguchi Prefectural Assembly": the possessive place is the container, not the name.
    const lead = s.text.slice(n.start, n.end).match(/^(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*['’]s?\s+/u)?.[0] ?? '';
    const start = n.start + lead.length;
    const name = s.text.slice(start, n.end);
    const words = name.split(/\s+/);
    if (
      words.length < 2 ||
      !ORG_HEAD.test(words.at(-1)!) ||
      notAName(words, reg) ||
      words.slice(0, -1).some((w) => TITLE_HEADS.has(nameKey(w)))
    )
      continue;
    if (words.slice(0, -1).every((w) => GENERIC.test(w))) continue;
    if ([...taken, ...out].some((t) => inTheWay(t, { start, end: n.end }))) continue;
    out.push(record(s, reg, COMPANY_HEAD.test(words.at(-1)!) ? 'Company' : 'Organization', name, start, n.end, true));
  }
  return out;
}

/** Later bare mentions of names found by their shape once ("Quang Hoa’s" after "Quang Hoa district", "Goertek Vina CEO"). */
export function findNamesAgain(s: Sentence, reg: Register, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const e of reg.entities.values()) {
    if (!e.rescan) continue;
    const escaped = e.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of s.text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))) {
      const span = { start: m.index, end: m.index + m[0].length };
      if ([...taken, ...out].some((t) => overlaps(t, span))) continue;
      out.push({ id: e.id, kind: e.kind, ...span, surface: m[0] });
    }
  }
  return out;
}
