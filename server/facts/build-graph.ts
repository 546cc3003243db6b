// Turns checked facts files into the rows the loader writes: one node per entity id across all
// files (aliases unioned, conflicts refused), one relationship per fact with a stable id and every
// citation of it (corroborate.ts).
import { foldDiacritics } from '../../common/text/fold.ts';
import type { EdgeType, NodeKind } from '../../common/model.ts';
import { corroborate, stableJson, type Citation } from './corroborate.ts';
import type { EntityFact } from './facts.schema.ts';
import { FactsError, type FactsProblem, type ReadFacts } from './read-facts.ts';
import { PLACE_WORDS } from '../../common/text/place-words.ts';

export interface NodeRow {
  id: string;
  kind: NodeKind;
  props: Record<string, unknown>;
}
export interface EdgeRow {
  id: string;
  type: EdgeType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}
export interface ArticleRow {
  id: string;
  props: Record<string, unknown>;
}
export interface GraphRows {
  articles: ArticleRow[];
  nodes: NodeRow[];
  /** One per fact, carrying every citation of it among these files. */
  edges: EdgeRow[];
  /** Each file's statements of facts, which a load adds to what the graph already cites. */
  citations: Citation[];
}

export interface BuildOptions {
  /** Ids that already exist in the graph: relations may point at them without declaring them. */
  existingIds?: ReadonlySet<string>;
}

const CONSISTENT: (keyof EntityFact)[] = ['kind', 'name', 'country'];

type MergedEntity = { fact: EntityFact; file: string; aliases: Set<string>; articles: Set<string> };

export function buildGraph(files: ReadFacts[], opts: BuildOptions = {}): GraphRows {
  const problems: FactsProblem[] = [];
  const entities = mergeEntities(files, problems);
  const { citations, edges } = edgeRows(files, entities, opts, problems);
  if (problems.length) throw new FactsError(problems);
  const articles: ArticleRow[] = files.map((rf) => {
    const id = rf.facts.article.id;
    // The facts it states ("TYPE from to"), so that reloading or retracting it finds them.
    const facts = [...new Set(citations.filter((c) => c.article === id).map((c) => `${c.type} ${c.from} ${c.to}`))];
    return {
      id,
      props: stripUndefined({
        ...rf.facts.article,
        status: rf.facts.status,
        approvedBy: rf.facts.approvedBy,
        approvedAt: rf.facts.approvedAt,
        text: rf.articleText,
        facts: facts.sort(),
      }),
    };
  });
  return { articles, nodes: [...entities.values()].map(nodeRow), edges, citations };
}

/** The nodes alone: what the files say of each entity (retracting an article rebuilds the nodes it named). */
export function entityRows(files: ReadFacts[]): NodeRow[] {
  const problems: FactsProblem[] = [];
  const entities = mergeEntities(files, problems);
  if (problems.length) throw new FactsError(problems);
  return [...entities.values()].map(nodeRow);
}

/**
 * Files in the order their entities merge: curated and loaded files (no approval time) as given,
 * then reviewed ones by approval time. What an entity first had wins (a later article adds only
 * what it lacks), so the earliest approval gives a title, whatever the files' names: a graph
 * built one approval at a time and one rebuilt from the folder agree.
 */
function inMergeOrder(files: ReadFacts[]): ReadFacts[] {
  const approvedAt = (rf: ReadFacts) => rf.facts.approvedAt ?? '';
  return files
    .map((rf, i) => ({ rf, i }))
    .sort((a, b) => approvedAt(a.rf).localeCompare(approvedAt(b.rf)) || a.i - b.i)
    .map((x) => x.rf);
}

/** One entry per entity id across all files; a kind, name, country or place that disagrees is a problem. */
function mergeEntities(files: ReadFacts[], problems: FactsProblem[]): Map<string, MergedEntity> {
  const entities = new Map<string, MergedEntity>();
  for (const rf of inMergeOrder(files)) {
    rf.facts.entities.forEach((e, i) => {
      const prev = entities.get(e.id);
      if (!prev) {
        entities.set(e.id, {
          fact: e,
          file: rf.file,
          aliases: new Set(e.aliases),
          articles: new Set([rf.facts.article.id]),
        });
        return;
      }
      const problem = (key: keyof EntityFact, message: string) =>
        problems.push({ file: rf.file, ...rf.locate(['entities', i, key]), message });
      for (const key of CONSISTENT) {
        const a = prev.fact[key];
        const b = e[key];
        if (key === 'name' && foldDiacritics(String(a)).toLowerCase() === foldDiacritics(b as string).toLowerCase())
          continue;
        if (a !== undefined && b !== undefined && a !== b) {
          problem(
            key,
            `entity "${e.id}" has ${key} ${JSON.stringify(b)} here but ${JSON.stringify(a)} in ${prev.file}`,
          );
        }
      }
      for (const key of ['lat', 'lon'] as const) {
        const a = prev.fact[key];
        const b = e[key];
        if (a !== undefined && b !== undefined && Math.abs(a - b) > 0.05) {
          problem(key, `entity "${e.id}" has ${key} ${b} here but ${a} in ${prev.file}`);
        }
      }
      e.aliases.forEach((a) => prev.aliases.add(a));
      prev.articles.add(rf.facts.article.id);
      // Later files may add what earlier ones left out (a title, coordinates, a date).
      const names = [prev.fact.name, e.name];
      prev.fact = { ...e, ...stripUndefined(prev.fact), name: fullerSpelling(prev.fact.name, e.name) };
      names.filter((n) => n !== prev.fact.name).forEach((n) => prev.aliases.add(n));
    });
  }
  return entities;
}

/**
 * One citation per stated relation (ends must be declared entities or known nodes), then one
 * relationship per fact: statements of the same fact, in one file or several, corroborate it.
 */
function edgeRows(
  files: ReadFacts[],
  entities: Map<string, MergedEntity>,
  opts: BuildOptions,
  problems: FactsProblem[],
): { citations: Citation[]; edges: EdgeRow[] } {
  const citations: Citation[] = [];
  const seen = new Set<string>();
  for (const rf of files) {
    const { id: article, outlet, published } = rf.facts.article;
    rf.facts.relations.forEach((r, i) => {
      for (const end of ['from', 'to'] as const) {
        const ref = r[end];
        if (!entities.has(ref) && !opts.existingIds?.has(ref)) {
          const where = opts.existingIds ? ' nor a node in the graph' : '';
          problems.push({
            file: rf.file,
            ...rf.locate(['relations', i, end]),
            message: `${end} "${ref}" is not an entity declared in any facts file${where}`,
          });
        }
      }
      const { type, from, to, quote, ...rest } = r;
      const stated = stripUndefined(rest);
      const key = [article, type, from, to, quote, stableJson(stated)].join('\u0000');
      if (seen.has(key)) {
        problems.push({
          file: rf.file,
          ...rf.locate(['relations', i]),
          message: `the same ${type} ${from} -> ${to} with the same quote is stated twice`,
        });
        return;
      }
      seen.add(key);
      // A fact from reference data has no quote (basis: reference): its citation's quote is empty.
      citations.push({ type, from, to, article, outlet, published: published ?? '', quote: quote ?? '', stated });
    });
  }
  return { citations, edges: corroborate(citations) };
}

/**
 * Of two spellings of one name ("Nguyen Thanh Tam", "Nguyễn Thành Tâm"), the one with more letters
 * beyond ASCII: the canonical name keeps its diacritics, whichever file came first.
 */
function fullerSpelling(a: string, b: string): string {
  const marked = (s: string) => [...s].filter((ch) => ch.charCodeAt(0) > 127).length;
  return marked(b) > marked(a) ? b : a;
}

function nodeRow({ fact, aliases, articles }: MergedEntity): NodeRow {
  const { kind, quote: _quote, confidence: _c, ...rest } = fact;
  // Sorted, so that the node does not depend on which file was read first (the loader sorts
  // unions with what the graph already holds the same way).
  const allAliases = [...aliases].filter((a) => a !== fact.name).sort();
  const folded = [fact.name, ...allAliases].map(foldDiacritics);
  const asciiForms = [...folded, ...folded.flatMap(runTogether)].sort();
  const props = stripUndefined({
    ...rest,
    kind,
    aliases: allAliases,
    searchText: [...new Set(asciiForms)].join(' | '),
    articles: [...articles].sort(),
  });
  return { id: fact.id, kind, props };
}

/**
 * A short name's syllables run together, as the English-language press and travellers write
 * Vietnamese places ("Langson", "Quangninh", "Haiphong"): search finds Lạng Sơn for "Langson"
 * (walk 19). Only names of two or three syllables (words of at most six letters, none of them an
 * English "City"): a body's long name is never typed so.
 */
function runTogether(name: string): string[] {
  const words = name.split(/\s+/);
  const syllables = words.every((w) => /^\p{L}{1,6}$/u.test(w) && !PLACE_WORDS.has(w.toLowerCase()));
  return words.length >= 2 && words.length <= 3 && syllables ? [words.join('')] : [];
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
