// Turns checked facts files into the rows the loader writes: one node per entity id across all
// files (aliases unioned, conflicts refused), one relationship per fact with a stable id.
import { createHash } from 'node:crypto';
import { foldDiacritics } from '../../common/text/fold.ts';
import { dateBounds, type EdgeType, type NodeKind } from '../../common/model.ts';
import type { EntityFact } from './facts.schema.ts';
import { FactsError, type FactsProblem, type ReadFacts } from './read-facts.ts';

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
  edges: EdgeRow[];
}

export interface BuildOptions {
  /** Ids that already exist in the graph: relations may point at them without declaring them. */
  existingIds?: ReadonlySet<string>;
}

export function relationId(article: string, type: string, from: string, to: string, quote: string, extra = ''): string {
  return createHash('sha1').update([article, type, from, to, quote, extra].join('\u0000')).digest('hex').slice(0, 16);
}

const CONSISTENT: (keyof EntityFact)[] = ['kind', 'name', 'country'];

type MergedEntity = { fact: EntityFact; file: string; aliases: Set<string>; articles: Set<string> };

export function buildGraph(files: ReadFacts[], opts: BuildOptions = {}): GraphRows {
  const problems: FactsProblem[] = [];
  const entities = mergeEntities(files, problems);
  const edges = edgeRows(files, entities, opts, problems);
  if (problems.length) throw new FactsError(problems);
  const articles: ArticleRow[] = files.map((rf) => ({
    id: rf.facts.article.id,
    props: stripUndefined({ ...rf.facts.article, status: rf.facts.status, text: rf.articleText }),
  }));
  return { articles, nodes: [...entities.values()].map(nodeRow), edges };
}

/** One entry per entity id across all files; a kind, name, country or place that disagrees is a problem. */
function mergeEntities(files: ReadFacts[], problems: FactsProblem[]): Map<string, MergedEntity> {
  const entities = new Map<string, MergedEntity>();
  for (const rf of files) {
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
      prev.fact = { ...e, ...stripUndefined(prev.fact) };
    });
  }
  return entities;
}

/** One relationship per fact, with a stable id; ends must be declared entities or known nodes. */
function edgeRows(
  files: ReadFacts[],
  entities: Map<string, MergedEntity>,
  opts: BuildOptions,
  problems: FactsProblem[],
): EdgeRow[] {
  const edges: EdgeRow[] = [];
  const edgeIds = new Set<string>();
  for (const rf of files) {
    const article = rf.facts.article.id;
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
      const { type, from, to, quote, confidence, ...rest } = r;
      const extra = 'document' in r ? r.document : '';
      const id = relationId(
        article,
        type,
        from,
        to,
        quote ?? `reference:${r.referenceSource}`,
        extra + (r.date ?? '') + (r.count ?? ''),
      );
      if (edgeIds.has(id)) {
        problems.push({
          file: rf.file,
          ...rf.locate(['relations', i]),
          message: `the same ${type} ${from} -> ${to} with the same quote is stated twice`,
        });
        return;
      }
      edgeIds.add(id);
      const props: Record<string, unknown> = { ...stripUndefined(rest), article, ...(quote ? { quote } : {}), id };
      if (confidence !== undefined) props.confidence = confidence;
      if (r.date) {
        props.dateFrom = dateBounds(r.date)[0];
        props.dateTo = dateBounds(r.endDate ?? r.date)[1];
      }
      edges.push({ id, type, from, to, props });
    });
  }
  return edges;
}

function nodeRow({ fact, aliases, articles }: MergedEntity): NodeRow {
  const { kind, quote: _quote, confidence: _c, ...rest } = fact;
  // Sorted, so that the node does not depend on which file was read first (the loader sorts
  // unions with what the graph already holds the same way).
  const allAliases = [...aliases].filter((a) => a !== fact.name).sort();
  const asciiForms = [fact.name, ...allAliases].map(foldDiacritics).sort();
  const props = stripUndefined({
    ...rest,
    kind,
    aliases: allAliases,
    searchText: [...new Set(asciiForms)].join(' | '),
    articles: [...articles].sort(),
  });
  return { id: fact.id, kind, props };
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
