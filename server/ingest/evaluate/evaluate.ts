// Measures drafts against curated or gold facts: precision, recall and F1 for entities (by kind) and
// relations (by type). Matching rules:
//   - a drafted entity matches a curated one with the same id, or, failing that, one that shares
//     a name or alias (compared folded: case, diacritics and punctuation ignored); each curated
//     entity is matched at most once;
//   - a drafted relation matches a curated one of the same type whose two ends are the matched
//     entities (either direction for MET and PARTNER_OF, which are symmetric); properties (dates,
//     amounts, quotes) are not compared. Relations are compared as sets of (type, from, to):
//     stating the same edge twice counts once.
//   - facts with `basis: reference` (from the gazetteer or other reference data, not stated by the
//     article) are not article facts: they are left out on both sides.
//   - types in `apart` (PARTNER_OF for the real-article gold, which does not annotate it) are scored
//     in their own table, outside relation F1.
// Per-kind rows count a matched entity under the curated kind for recall and under the drafted
// kind for precision, so a kind mistake costs in both rows.
import { nameKey } from '../text.ts';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

/** One fact that did not match, for reading. */
export interface Miss {
  /** missed: curated but not drafted; wrong: drafted but not curated; kind: matched with another kind. */
  what: 'missed' | 'wrong' | 'kind';
  fact: string;
  quote?: string;
}

export interface EvalResult {
  entities: Map<string, Score>;
  relations: Map<string, Score>;
  /** Relation types scored apart (not in relation F1). */
  apart: Map<string, Score>;
  misses: Miss[];
}

/** What comparison needs of a facts file (a FactsFile, or gold read from JSON). */
export interface Comparable {
  entities: { id: string; kind: string; name: string; aliases: string[] }[];
  relations: { type: string; from: string; to: string; quote?: string; basis?: string }[];
}

export interface CompareOptions {
  apart?: ReadonlySet<string>;
}

const SYMMETRIC = new Set(['MET', 'PARTNER_OF']);

export function emptyResult(): EvalResult {
  return { entities: new Map(), relations: new Map(), apart: new Map(), misses: [] };
}

function score(map: Map<string, Score>, key: string): Score {
  let s = map.get(key);
  if (!s) map.set(key, (s = { tp: 0, fp: 0, fn: 0 }));
  return s;
}

type Entity = Comparable['entities'][number];

/** Draft id -> gold id: by id first, then by a shared folded form. */
function matchEntities(draft: Entity[], gold: Entity[]): Map<string, string> {
  const goldIds = new Set(gold.map((e) => e.id));
  const formsOf = (e: Entity) => new Set([e.name, ...e.aliases].map(nameKey).filter(Boolean));
  const goldForms = gold.map((e) => ({ e, forms: formsOf(e) }));
  const mapped = new Map<string, string>();
  const used = new Set<string>();
  for (const d of draft) {
    if (goldIds.has(d.id) && !used.has(d.id)) {
      mapped.set(d.id, d.id);
      used.add(d.id);
    }
  }
  for (const d of draft) {
    if (mapped.has(d.id)) continue;
    const forms = formsOf(d);
    // Prefer a gold entity of the same kind when two share a form ("Lào Cai" the province and the city).
    const candidates = goldForms.filter((g) => !used.has(g.e.id) && [...forms].some((f) => g.forms.has(f)));
    const hit = candidates.find((g) => g.e.kind === d.kind) ?? candidates[0];
    if (hit) {
      mapped.set(d.id, hit.e.id);
      used.add(hit.e.id);
    }
  }
  return mapped;
}

export function compareFacts(
  draft: Comparable,
  gold: Comparable,
  into: EvalResult = emptyResult(),
  opts: CompareOptions = {},
): EvalResult {
  const mapped = matchEntities(draft.entities, gold.entities);
  const goldById = new Map(gold.entities.map((e) => [e.id, e]));
  const used = new Set(mapped.values());
  for (const d of draft.entities) {
    const g = mapped.get(d.id);
    if (!g) {
      score(into.entities, d.kind).fp++;
      into.misses.push({ what: 'wrong', fact: `${d.kind} ${d.name}` });
    } else if (goldById.get(g)!.kind === d.kind) score(into.entities, d.kind).tp++;
    else {
      score(into.entities, d.kind).fp++;
      score(into.entities, goldById.get(g)!.kind).fn++;
      into.misses.push({ what: 'kind', fact: `${d.name}: drafted ${d.kind}, gold ${goldById.get(g)!.kind}` });
    }
  }
  for (const g of gold.entities) {
    if (used.has(g.id)) continue;
    score(into.entities, g.kind).fn++;
    into.misses.push({ what: 'missed', fact: `${g.kind} ${g.name}` });
  }
  compareRelations(draft, gold, mapped, into, opts);
  return into;
}

function compareRelations(
  draft: Comparable,
  gold: Comparable,
  mapped: Map<string, string>,
  into: EvalResult,
  opts: CompareOptions,
) {
  const goldName = new Map(gold.entities.map((e) => [e.id, e.name]));
  const draftName = new Map(draft.entities.map((e) => [e.id, e.name]));
  const keyOf = (type: string, a: string, b: string) =>
    SYMMETRIC.has(type) && b < a ? `${type}|${b}|${a}` : `${type}|${a}|${b}`;
  const articleFacts = (c: Comparable) => c.relations.filter((r) => r.basis !== 'reference');
  const goldKeys = new Map(articleFacts(gold).map((r) => [keyOf(r.type, r.from, r.to), r]));
  const draftKeys = new Map<string, Comparable['relations'][number]>();
  for (const r of articleFacts(draft)) {
    const k = keyOf(r.type, mapped.get(r.from) ?? `draft:${r.from}`, mapped.get(r.to) ?? `draft:${r.to}`);
    if (!draftKeys.has(k)) draftKeys.set(k, r);
  }
  const table = (type: string) => (opts.apart?.has(type) ? into.apart : into.relations);
  for (const [k, r] of draftKeys) {
    const hit = goldKeys.has(k);
    score(table(r.type), r.type)[hit ? 'tp' : 'fp']++;
    if (!hit)
      into.misses.push({
        what: 'wrong',
        fact: `${r.type} ${draftName.get(r.from) ?? r.from} -> ${draftName.get(r.to) ?? r.to}`,
        quote: r.quote,
      });
  }
  for (const [k, r] of goldKeys) {
    if (draftKeys.has(k)) continue;
    score(table(r.type), r.type).fn++;
    into.misses.push({
      what: 'missed',
      fact: `${r.type} ${goldName.get(r.from) ?? r.from} -> ${goldName.get(r.to) ?? r.to}`,
      quote: r.quote,
    });
  }
}

/** Adds one article's scores to a running total. */
export function addInto(into: EvalResult, one: EvalResult): EvalResult {
  for (const key of ['entities', 'relations', 'apart'] as const) {
    for (const [k, s] of one[key]) {
      const t = score(into[key], k);
      t.tp += s.tp;
      t.fp += s.fp;
      t.fn += s.fn;
    }
  }
  into.misses.push(...one.misses);
  return into;
}

export function prf(s: Score): { p: number; r: number; f1: number } {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function total(map: Map<string, Score>): Score {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const s of map.values()) {
    t.tp += s.tp;
    t.fp += s.fp;
    t.fn += s.fn;
  }
  return t;
}

export function formatTable(title: string, map: Map<string, Score>, withTotal = true): string {
  const row = (name: string, s: Score) => {
    const { p, r, f1 } = prf(s);
    return `| ${name.padEnd(13)} | ${String(s.tp).padStart(3)} | ${String(s.fp).padStart(3)} | ${String(s.fn).padStart(3)} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${f1.toFixed(2)} |`;
  };
  return [
    `| ${title.padEnd(13)} |  tp |  fp |  fn | P    | R    | F1   |`,
    `|${'-'.repeat(15)}|-----|-----|-----|------|------|------|`,
    ...[...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, s]) => row(k, s)),
    ...(withTotal ? [row('overall', total(map))] : []),
  ].join('\n');
}

export function formatMiss(m: Miss): string {
  return `${m.what.padEnd(6)} ${m.fact}${m.quote ? `  «${m.quote.length > 110 ? `${m.quote.slice(0, 107)}…` : m.quote}»` : ''}`;
}
