// What crosses the wire between server and client: request parameters and response bodies.
// The server validates with these (requests in, responses out), the client imports the types,
// and the OpenAPI document is generated from them. Write a type here once, never again elsewhere.
import { z } from 'zod';
import { EdgeType, NodeKind, PartialDate } from './model.ts';

// ---------- shared pieces ----------

/** Comma-separated list in a query string ("SIGNED,MET") parsed into a checked array. */
const csvOf = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

export const EdgeTypesParam = csvOf(EdgeType).optional().describe('comma-separated edge types, e.g. SIGNED,MET');
export const NodeKindsParam = csvOf(NodeKind).optional().describe('comma-separated node kinds, e.g. Province,City');
export const DateParam = PartialDate.optional();

/** A node as Cytoscape takes it: `{data: {...}}`. `label` is what the canvas shows. */
export const NodeData = z
  .object({
    id: z.string(),
    label: z.string(),
    kind: NodeKind,
    name: z.string(),
    aliases: z.array(z.string()),
    country: z.string().optional(),
    lat: z.number().optional(),
    lon: z.number().optional(),
    title: z.string().optional(),
    date: z.string().optional(),
    endDate: z.string().optional(),
    recurrence: z.string().optional(),
    /** Number of relationships in the whole graph (not just the ones returned). */
    degree: z.number().int().optional(),
    /** Ids of the articles that name the node. */
    articles: z.array(z.string()).optional(),
  })
  .catchall(z.unknown());
export const NodeElement = z.object({ group: z.literal('nodes').optional(), data: NodeData });
export type NodeElement = z.infer<typeof NodeElement>;

export const EdgeData = z
  .object({
    id: z.string(),
    source: z.string(),
    target: z.string(),
    type: EdgeType,
    /** Article id the edge is cited from. */
    article: z.string(),
    /** Verbatim quote from that article ('' for a fact from reference data). */
    quote: z.string(),
    /** 'reference': the fact comes from reference data (named in referenceSource, e.g. the gazetteer), not from the article's words. */
    basis: z.enum(['article', 'reference']).optional(),
    referenceSource: z.string().optional(),
    date: z.string().optional(),
    endDate: z.string().optional(),
    /** Normalised range of the date, for filtering and timelines: YYYY-MM-DD. */
    dateFrom: z.string().optional(),
    dateTo: z.string().optional(),
    document: z.string().optional(),
    docKind: z.string().optional(),
    count: z.number().optional(),
    amountUsd: z.number().optional(),
    amountQualifier: z.string().optional(),
    projects: z.number().optional(),
    workers: z.number().optional(),
    asOf: z.string().optional(),
    title: z.string().optional(),
    role: z.string().optional(),
    note: z.string().optional(),
    // Corroboration: every article stating the fact, as parallel lists (citation i is
    // sourceArticles[i], sourceOutlets[i], …; the first is the earliest published; `article` and
    // `quote` name the earliest that states the edge's date): one column each in the CSV and GraphML exports.
    /** Number of independent outlets stating the fact (0 for a fact only reference data gives). */
    sources: z.number().int().min(0).optional(),
    sourceArticles: z.array(z.string()).optional(),
    sourceOutlets: z.array(z.string()).optional(),
    sourcePublished: z.array(z.string()).optional(),
    sourceQuotes: z.array(z.string()).optional(),
    /** What each source states of the fact besides its ends (date, amounts, document, …). */
    sourceStated: z.array(z.record(z.string(), z.unknown())).optional(),
    /** Symmetric types (MET, SIGNED, PARTNER_OF): the end each source names first. */
    sourceFrom: z.array(z.string()).optional(),
    /** True when sources disagree on an amount or a date; `conflicts` names the fields. */
    conflict: z.boolean().optional(),
    conflicts: z.array(z.string()).optional(),
    /** The highest confidence (0–1) any source's extraction states for the fact. */
    confidence: z.number().optional(),
  })
  .catchall(z.unknown());
export const EdgeElement = z.object({ group: z.literal('edges').optional(), data: EdgeData });
export type EdgeElement = z.infer<typeof EdgeElement>;

export const Elements = z.object({ nodes: z.array(NodeElement), edges: z.array(EdgeElement) });
export type Elements = z.infer<typeof Elements>;

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

// ---------- routes ----------

export const HealthResponse = z.object({
  /** starting: the database answers but the start-up (schema, seed graph) is not done yet. */
  status: z.enum(['ok', 'starting', 'degraded']),
  app: z.object({ version: z.string(), uptimeSeconds: z.number() }),
  database: z.object({
    status: z.enum(['up', 'down']),
    uri: z.string(),
    embedded: z.boolean(),
    version: z.string().optional(),
    error: z.string().optional(),
  }),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(200),
  kinds: NodeKindsParam,
  limit: z.coerce.number().int().min(1).max(100).default(10),
});
export const SearchHit = z.object({ node: NodeElement, score: z.number() });
/**
 * A place the gazetteer knows by the words searched for while no node on the graph has them (no
 * article links it): its name and the province (or country) it lies in.
 */
export const KnownPlace = z.object({ name: z.string(), within: z.string().optional() });
export type KnownPlace = z.infer<typeof KnownPlace>;
export const SearchResponse = z.object({
  query: z.string(),
  hits: z.array(SearchHit),
  /** Only when there are no hits: places of that name the graph does not hold. */
  known: z.array(KnownPlace).optional(),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

export const NodeIdParams = z.object({ id: z.string().min(1).max(200) });
export const ArticleIdParams = z.object({ id: z.string().min(1).max(200) });

/** One edge of a node with the other end, for the details panel. */
export const Citation = z.object({ edge: EdgeElement, other: NodeElement, direction: z.enum(['out', 'in']) });
export const NodeDetailResponse = z.object({
  node: NodeElement,
  edges: z.array(Citation),
  articles: z.array(z.object({ id: z.string(), title: z.string(), outlet: z.string(), published: z.string() })),
});
export type NodeDetailResponse = z.infer<typeof NodeDetailResponse>;

export const NeighborsQuery = z.object({
  types: EdgeTypesParam,
  since: DateParam,
  until: DateParam,
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export const NeighborsResponse = z.object({
  center: z.string(),
  elements: Elements,
  /** Neighbours not returned because of `limit`, per edge type ("+9,800 more VISITED"). */
  omitted: z.object({ total: z.number().int(), byType: z.record(z.string(), z.number().int()) }),
});
export type NeighborsResponse = z.infer<typeof NeighborsResponse>;

/** The most hops a path search takes: the path finder's field, its "more hops" offer and the server agree. */
export const MAX_PATH_HOPS = 8;
const HOPS_RANGE = `Hops must be between 1 and ${MAX_PATH_HOPS}`;
/**
 * A path's maximum length, checked alike in the path finder's panel, by the server, and for a named
 * query's `hops` parameter (walk 11, 6; walk 13, 15a).
 */
export const PathHops = z.coerce.number().int(HOPS_RANGE).min(1, HOPS_RANGE).max(MAX_PATH_HOPS, HOPS_RANGE);
/** The same range for a value sent as a number already (a named query's `hops` parameter: no text coerced). */
export const PathHopsValue = z.number().int(HOPS_RANGE).min(1, HOPS_RANGE).max(MAX_PATH_HOPS, HOPS_RANGE);

export const PathsQuery = z.object({
  from: z.string().min(1).max(200),
  to: z.string().min(1).max(200),
  maxHops: PathHops.default(4),
  types: EdgeTypesParam,
  mode: z.enum(['shortest', 'all']).default('shortest'),
  /** 'stated': stated facts only (no reference links, no country as a hub), so maybe no path; 'any': every link. */
  prefer: z.enum(['stated', 'any']).default('stated'),
});
export const PathStep = z.object({ from: z.string(), to: z.string(), edge: EdgeElement });
export const PathsResponse = z.object({
  from: z.string(),
  to: z.string(),
  paths: z.array(z.object({ length: z.number().int(), nodeIds: z.array(z.string()), steps: z.array(PathStep) })),
  elements: Elements,
});
export type PathsResponse = z.infer<typeof PathsResponse>;

/**
 * Undated links (places, posts) under a date range: 'setting' (the default) only among the ends of
 * the dated links in it, 'all' every one, as the explorer's canvas shows them; 'none' leaves them
 * out, with or without a range (the explorer's "show undated links" unticked).
 */
export const UndatedParam = z
  .enum(['setting', 'all', 'none'])
  .optional()
  .describe("undated links: 'setting' (default) among the dated links' ends, 'all', or 'none'");
export type UndatedParam = z.infer<typeof UndatedParam>;

export const GraphQuery = z.object({
  types: EdgeTypesParam,
  kinds: NodeKindsParam,
  since: DateParam,
  until: DateParam,
  minSources: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe('only facts stated by at least this many independent outlets'),
  undated: UndatedParam,
});
export const GraphResponse = z.object({ elements: Elements, truncated: z.boolean() });
export type GraphResponse = z.infer<typeof GraphResponse>;

/**
 * POST /api/graph/links: the nodes of `nodeIds` and every link between one of them and another of
 * them or of `linkedTo` (the nodes already on a canvas). The explorer's own reads (a node added by
 * search, Expand, a shared or saved view) come here, not through the rate-limited console.
 */
const EntityIds = z.array(z.string().min(1).max(200)).max(10_000);
export const LinksRequest = z.object({
  nodeIds: EntityIds.min(1),
  linkedTo: EntityIds.default([]).describe('links from nodeIds to these nodes count too; their nodes are not returned'),
});
export type LinksRequest = z.infer<typeof LinksRequest>;

/** /api/export: the /api/graph filters plus the file format; CSV comes as two tables, one per request. */
export const ExportQuery = GraphQuery.extend({
  format: z.enum(['json', 'graphml', 'csv']).default('json'),
  part: z.enum(['nodes', 'edges']).default('nodes').describe('with format=csv: which of the two tables'),
});
export type ExportQuery = z.infer<typeof ExportQuery>;

export const StatsResponse = z.object({
  nodes: z.record(z.string(), z.number().int()),
  edges: z.record(z.string(), z.number().int()),
  articles: z.number().int(),
  dateRange: z.object({ min: z.string().nullable(), max: z.string().nullable() }),
  /** The graph's name of each country by ISO code, from its Country nodes ("VN": "Việt Nam"). */
  countries: z.record(z.string(), z.string()),
});
export type StatsResponse = z.infer<typeof StatsResponse>;

export const ArticleResponse = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string(),
  published: z.string(),
  publishedNote: z.string().optional(),
  /** Where the article was published, when its facts file gives it. */
  url: z.string().optional(),
  /** The text is a machine translation, shown as published (the facts file marks it so). */
  machineTranslated: z.boolean().optional(),
  /** The text, without the outlet's list of other stories' headlines that followed it on the page. */
  text: z.string(),
  /** That list, when the page had one: shown apart, never read for facts. */
  outletLinks: z.array(z.string()).optional(),
  elements: Elements,
});
export type ArticleResponse = z.infer<typeof ArticleResponse>;

/**
 * POST /api/articles/catalogue: the headline and, where its facts file gives it, the address of each
 * article of `ids` (unknown ids are left out). The exports cite articles by them (element-rows.ts).
 */
export const ArticleCatalogueRequest = z.object({ ids: z.array(z.string().min(1).max(200)).max(100_000) });
export type ArticleCatalogueRequest = z.infer<typeof ArticleCatalogueRequest>;
export const ArticleCatalogue = z.record(z.string(), z.object({ title: z.string(), url: z.string().optional() }));
export type ArticleCatalogue = z.infer<typeof ArticleCatalogue>;
export const ArticleCatalogueResponse = z.object({ articles: ArticleCatalogue });
export type ArticleCatalogueResponse = z.infer<typeof ArticleCatalogueResponse>;

export const NamedQueryParam = z.object({
  name: z.string(),
  /**
   * `entity`: a node's id (a slug), chosen in the client with the search picker by any name form.
   * `hops`: a path's maximum length, an integer from 1 to MAX_PATH_HOPS, as the path finder's.
   */
  type: z.enum(['string', 'entity', 'integer', 'hops', 'float', 'boolean', 'date', 'list<string>']),
  description: z.string().optional(),
  /** False when the query runs without it (then it is its default, or null). */
  required: z.boolean(),
  default: z.unknown().optional(),
});
export type NamedQueryParam = z.infer<typeof NamedQueryParam>;
export const NamedQuery = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  params: z.array(NamedQueryParam),
  /** Ranges the file declares (`@range since until`): `from` must not come after `to`. */
  ranges: z.array(z.object({ from: z.string(), to: z.string() })).optional(),
  cypher: z.string(),
});
export type NamedQuery = z.infer<typeof NamedQuery>;
export const NamedQueryNameParams = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/, 'expected a query name like "official-meetings"'),
});
export const NamedQueriesResponse = z.object({ queries: z.array(NamedQuery) });

export const CypherParams = z.record(z.string(), z.unknown()).default({});
export const NamedQueryRunBody = z.object({ params: CypherParams });
export const CypherRequest = z.object({
  query: z.string().trim().min(1, 'query must not be empty').max(20_000),
  params: CypherParams,
});
export type CypherRequest = z.infer<typeof CypherRequest>;

/** A Cypher result both ways: the graph part (nodes, relationships, paths found in any column) and the table. */
export const CypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  elements: Elements,
  truncated: z.boolean(),
  /** Why the rows stop early: the row cap, or the response-size cap. */
  truncatedBy: z.enum(['rowCap', 'responseSize']).optional(),
  rowCap: z.number().int(),
  elapsedMs: z.number(),
});
export type CypherResponse = z.infer<typeof CypherResponse>;

/** POST /api/admin/reload (only with CORRIDOR_ADMIN_TOKEN): the seed graph reloaded. */
export const AdminReloadResponse = z.object({
  reloaded: z.literal(true),
  summary: z.object({
    files: z.number().int(),
    articles: z.number().int(),
    nodesByLabel: z.record(z.string(), z.number().int()),
    edgesByType: z.record(z.string(), z.number().int()),
    ms: z.number(),
  }),
});
export type AdminReloadResponse = z.infer<typeof AdminReloadResponse>;

// ---------- the review API (drafts, edits, approval, retraction) ----------
export * from './review-wire.ts';
