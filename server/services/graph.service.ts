// The whole graph (filtered and capped), its statistics, and what an article supports.
import neo4j from 'neo4j-driver';
import { notFound } from '../../common/errors.ts';
import type {
  ArticleCatalogue,
  ArticleResponse,
  GraphResponse,
  LinksRequest,
  StatsResponse,
} from '../../common/wire.ts';
import { cypherFile } from '../db/cypher-files.ts';
import type { GraphDb } from '../db/graph-db.ts';
import {
  ElementCollector,
  nodeIdOf,
  nodeToElement,
  relToElement,
  toPlain,
  type Node,
  type Relationship,
} from '../db/bolt-mapping.ts';
import { EDGE_TYPES, NODE_KINDS } from '../../common/model.ts';
import { filterParams, filtersEdges, type GraphFilters } from './graph-filters.ts';
import { withoutOutletLinks } from '../ingest/read/outlet-links.ts';

export interface GraphCap {
  /** At most this many nodes and this many edges; beyond, `truncated` is true. */
  maxElements: number;
}

/**
 * Nodes of the given kinds and the matching edges between them. When edges are filtered by type,
 * only nodes with a matching edge are kept. A date range selects the dated edges that meet it and
 * their ends; undated edges (LOCATED_IN, HOLDS_POST…) are then added only between those nodes, so
 * "2025" shows 2025's events in their setting, not every place of the graph.
 */
export async function filteredGraph(
  db: GraphDb,
  filters: GraphFilters,
  { maxElements }: GraphCap,
): Promise<GraphResponse> {
  const params = filterParams(filters);
  const cap = neo4j.int(maxElements + 1);
  const undated = filters.undated ?? 'setting';
  // A date range's undated links are a second pass among the dated links' ends, unless all or none are asked for.
  const dated = undated === 'none' || (undated === 'setting' && Boolean(params.since || params.until));
  type EdgeRow = { a: Node; r: Relationship; b: Node };
  return db.readTx(async (tx) => {
    const edgesQuery = (datedOnly: boolean, ids: string[] | null) =>
      tx.run<EdgeRow>(cypherFile('api/graph-edges.cypher'), { ...params, datedOnly, ids, cap }).then((r) => r.records);
    const endsOf = (rows: { get(k: 'a' | 'b'): Node }[]) => [
      ...new Set(rows.flatMap((r) => [nodeIdOf(r.get('a')), nodeIdOf(r.get('b'))])),
    ];

    let edgeRows = await edgesQuery(dated, null);
    let truncated = edgeRows.length > maxElements;
    if (dated && undated === 'setting') edgeRows = await edgesQuery(false, endsOf(edgeRows.slice(0, maxElements)));
    truncated ||= edgeRows.length > maxElements;
    const keptEdges = edgeRows.slice(0, maxElements);
    const ids = filtersEdges(filters) ? endsOf(keptEdges) : null;
    const nodeRows = (
      await tx.run<{ n: Node; degree: number }>(cypherFile('api/graph-nodes.cypher'), { kinds: params.kinds, ids, cap })
    ).records;
    truncated ||= nodeRows.length > maxElements;

    const nodes: GraphResponse['elements']['nodes'] = [];
    for (const row of nodeRows.slice(0, maxElements)) {
      const el = nodeToElement(row.get('n'));
      if (el) nodes.push({ data: { ...el.data, degree: row.get('degree') } });
    }
    const present = new Set(nodes.map((n) => n.data.id));
    const edges: GraphResponse['elements']['edges'] = [];
    for (const row of keptEdges) {
      const source = nodeIdOf(row.get('a'));
      const target = nodeIdOf(row.get('b'));
      // An edge whose end fell off the node cap cannot be drawn.
      if (!present.has(source) || !present.has(target)) {
        truncated = true;
        continue;
      }
      const el = relToElement(row.get('r'), source, target);
      if (el) edges.push(el);
    }
    return { elements: { nodes, edges }, truncated };
  });
}

/**
 * The nodes of `nodeIds` (with their degree) and every link between one of them and a node of
 * `nodeIds` or `linkedTo`, each once: what a canvas draws when nodes join it. Capped like the graph.
 */
export async function linksAmong(
  db: GraphDb,
  { nodeIds, linkedTo }: LinksRequest,
  { maxElements }: GraphCap,
): Promise<GraphResponse> {
  const cap = neo4j.int(maxElements + 1);
  const among = [...new Set([...nodeIds, ...linkedTo])];
  return db.readTx(async (tx) => {
    const nodeRows = (
      await tx.run<{ n: Node; degree: number }>(cypherFile('api/graph-nodes.cypher'), {
        kinds: null,
        ids: nodeIds,
        cap,
      })
    ).records;
    const edgeRows = (
      await tx.run<{ a: Node; r: Relationship; b: Node }>(cypherFile('api/links-among.cypher'), { nodeIds, among, cap })
    ).records;
    const nodes: GraphResponse['elements']['nodes'] = [];
    for (const row of nodeRows.slice(0, maxElements)) {
      const el = nodeToElement(row.get('n'));
      if (el) nodes.push({ data: { ...el.data, degree: row.get('degree') } });
    }
    const edges: GraphResponse['elements']['edges'] = [];
    for (const row of edgeRows.slice(0, maxElements)) {
      const el = relToElement(row.get('r'), nodeIdOf(row.get('a')), nodeIdOf(row.get('b')));
      if (el) edges.push(el);
    }
    const truncated = nodeRows.length > maxElements || edgeRows.length > maxElements;
    return { elements: { nodes, edges }, truncated };
  });
}

interface StatsRow {
  nodes: { key: string; count: number }[];
  edges: { key: string; count: number }[];
  articles: number;
  minDate: string | null;
  maxDate: string | null;
  countries: { code: string; name: string }[];
}

export async function graphStats(db: GraphDb): Promise<StatsResponse> {
  const row = (await db.read<StatsRow>(cypherFile('api/stats.cypher'))).records[0];
  if (!row) throw new Error('stats query returned no row');
  // Every kind and type appears, with 0 when absent, so a client can list them all.
  const counts = (keys: readonly string[], found: { key: string; count: number }[]) => {
    const out: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
    for (const { key, count } of found) out[key] = count;
    return out;
  };
  return {
    nodes: counts(NODE_KINDS, row.get('nodes')),
    edges: counts(EDGE_TYPES, row.get('edges')),
    articles: row.get('articles'),
    dateRange: { min: row.get('minDate'), max: row.get('maxDate') },
    countries: Object.fromEntries(row.get('countries').map((c) => [c.code, c.name])),
  };
}

export async function articleWithFacts(db: GraphDb, id: string): Promise<ArticleResponse> {
  const row = (
    await db.read<{ article: Record<string, unknown>; entities: Node[]; facts: unknown[] }>(
      cypherFile('api/article.cypher'),
      { id },
    )
  ).records[0];
  if (!row) throw notFound('article', id);
  const article = toPlain(row.get('article')) as Record<string, unknown>;
  const elements = new ElementCollector().add(row.get('entities')).add(row.get('facts')).elements();
  // The outlet's list of other stories' headlines after the last paragraph is not the article: apart.
  const { text, links } = withoutOutletLinks(String(article.text ?? ''));
  return {
    id: String(article.id),
    title: String(article.title ?? ''),
    outlet: String(article.outlet ?? ''),
    published: String(article.published ?? ''),
    ...(typeof article.publishedNote === 'string' ? { publishedNote: article.publishedNote } : {}),
    ...(typeof article.url === 'string' ? { url: article.url } : {}),
    ...(article.machineTranslated === true ? { machineTranslated: true } : {}),
    text,
    ...(links.length ? { outletLinks: links } : {}),
    elements,
  };
}

/** The headline and address of each article of `ids` the graph has (exports cite them). */
export async function articleCatalogue(db: GraphDb, ids: readonly string[]): Promise<ArticleCatalogue> {
  if (!ids.length) return {};
  const rows = await db.read<{ id: string; title: string; url: string | null }>(
    cypherFile('api/article-catalogue.cypher'),
    { ids },
  );
  return Object.fromEntries(
    rows.records.map((r) => {
      const url = r.get('url');
      return [r.get('id'), { title: r.get('title'), ...(typeof url === 'string' && url ? { url } : {}) }];
    }),
  );
}
