// Measures drafts against curated facts: precision, recall and F1 for entities (by kind) and
// relations (by type). Matching rules:
//   - a drafted entity matches a curated one with the same id, or, failing that, one that shares
//     a name or alias (compared folded: case, diacritics and punctuation ignored); each curated
//     entity is matched at most once;
//   - a drafted relation matches a curated one of the same type whose two ends are the matched
//     entities (either direction for MET and PARTNER_OF, which are symmetric); properties (dates,
//     amounts, quotes) are not compared. Relations are compared as sets of (type, from, to):
//     stating the same edge twice counts once.
// Per-kind rows count a matched entity under the curated kind for recall and under the drafted
// kind for precision, so a kind mistake costs in both rows.
import type { FactsFile } from '../facts/facts.schema.ts';
import { nameKey } from './text.ts';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}
export interface EvalResult {
  entities: Map<string, Score>;
  relations: Map<string, Score>;
  /** What did not match, for reading: "fp entity Province xaisomboun", "fn relation VISITED a|b". */
  misses: string[];
}

const SYMMETRIC = new Set(['MET', 'PARTNER_OF']);

function score(map: Map<string, Score>, key: string): Score {
  let s = map.get(key);
  if (!s) map.set(key, (s = { tp: 0, fp: 0, fn: 0 }));
  return s;
}

export function compareFacts(draft: FactsFile, gold: FactsFile, into: EvalResult = { entities: new Map(), relations: new Map(), misses: [] }): EvalResult {
  // --- entities
  const goldById = new Map(gold.entities.map((e) => [e.id, e]));
  const formsOf = (e: FactsFile['entities'][number]) => new Set([e.name, ...e.aliases].map(nameKey).filter(Boolean));
  const goldForms = gold.entities.map((e) => ({ e, forms: formsOf(e) }));
  const mapped = new Map<string, string>(); // draft id -> gold id
  const used = new Set<string>();
  for (const d of draft.entities) {
    if (goldById.has(d.id) && !used.has(d.id)) {
      mapped.set(d.id, d.id);
      used.add(d.id);
    }
  }
  for (const d of draft.entities) {
    if (mapped.has(d.id)) continue;
    const forms = formsOf(d);
    const hit = goldForms.find((g) => !used.has(g.e.id) && [...forms].some((f) => g.forms.has(f)));
    if (hit) {
      mapped.set(d.id, hit.e.id);
      used.add(hit.e.id);
    }
  }
  for (const d of draft.entities) {
    const g = mapped.get(d.id);
    if (!g) {
      score(into.entities, d.kind).fp++;
      into.misses.push(`fp entity ${d.kind} ${d.id}`);
    } else if (goldById.get(g)!.kind === d.kind) score(into.entities, d.kind).tp++;
    else {
      score(into.entities, d.kind).fp++;
      score(into.entities, goldById.get(g)!.kind).fn++;
      into.misses.push(`kind entity ${d.id}: ${d.kind}, curated ${goldById.get(g)!.kind}`);
    }
  }
  for (const g of gold.entities) {
    if (used.has(g.id)) continue;
    score(into.entities, g.kind).fn++;
    into.misses.push(`fn entity ${g.kind} ${g.id}`);
  }

  // --- relations
  const keyOf = (type: string, a: string, b: string) => (SYMMETRIC.has(type) && b < a ? `${type}|${b}|${a}` : `${type}|${a}|${b}`);
  const goldKeys = new Set(gold.relations.map((r) => keyOf(r.type, r.from, r.to)));
  const draftKeys = new Set(draft.relations.map((r) => keyOf(r.type, mapped.get(r.from) ?? `draft:${r.from}`, mapped.get(r.to) ?? `draft:${r.to}`)));
  for (const k of draftKeys) {
    score(into.relations, k.split('|')[0]!)[goldKeys.has(k) ? 'tp' : 'fp']++;
    if (!goldKeys.has(k)) into.misses.push(`fp relation ${k}`);
  }
  for (const k of goldKeys) {
    if (draftKeys.has(k)) continue;
    score(into.relations, k.split('|')[0]!).fn++;
    into.misses.push(`fn relation ${k}`);
  }
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

export function formatTable(title: string, map: Map<string, Score>): string {
  const row = (name: string, s: Score) => {
    const { p, r, f1 } = prf(s);
    return `| ${name.padEnd(13)} | ${String(s.tp).padStart(3)} | ${String(s.fp).padStart(3)} | ${String(s.fn).padStart(3)} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${f1.toFixed(2)} |`;
  };
  return [
    `| ${title.padEnd(13)} |  tp |  fp |  fn | P    | R    | F1   |`,
    `|${'-'.repeat(15)}|-----|-----|-----|------|------|------|`,
    ...[...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, s]) => row(k, s)),
    row('overall', total(map)),
  ].join('\n');
}
