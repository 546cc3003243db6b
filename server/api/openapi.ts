// The OpenAPI 3 document of /api, generated from the wire schemas the routes validate with, so
// the description cannot drift from what the server checks. One entry per route.
import { OpenAPIRegistry, OpenApiGeneratorV3 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import * as wire from '../../common/wire.ts';
import { APP_VERSION } from '../config.ts';

type Method = 'get' | 'post' | 'put';
interface RouteDoc {
  method: Method;
  /** Express form (/nodes/:id); turned into OpenAPI's /nodes/{id}. */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType | { contentTypes: Record<string, string>; description: string };
  /** The role a bearer token must carry (writes, and reading drafts); absent: open to all. */
  role?: 'viewer' | 'editor' | 'admin';
  /** Status of success when not 200 (202: accepted, runs in the background). */
  status?: number;
}

/** Every /api route. A test checks this against the routes Express actually serves. */
export const API_ROUTES: RouteDoc[] = [
  {
    method: 'get',
    path: '/health',
    summary:
      'App and database status (503 while the database is unreachable or the start-up is still loading the schema and seed graph)',
    response: wire.HealthResponse,
  },
  {
    method: 'get',
    path: '/search',
    summary: 'Ranked full-text matches on names and aliases, diacritics folded',
    query: wire.SearchQuery,
    response: wire.SearchResponse,
  },
  {
    method: 'get',
    path: '/nodes/:id',
    summary: "A node's properties and every edge with its quote and article",
    params: wire.NodeIdParams,
    response: wire.NodeDetailResponse,
  },
  {
    method: 'get',
    path: '/nodes/:id/neighbors',
    summary:
      'The neighbourhood, filtered, capped and ranked (dated edges newest first, then degree), with omitted counts per type',
    params: wire.NodeIdParams,
    query: wire.NeighborsQuery,
    response: wire.NeighborsResponse,
  },
  {
    method: 'get',
    path: '/paths',
    summary: 'Shortest or all shortest undirected paths between two nodes, as steps and elements',
    query: wire.PathsQuery,
    response: wire.PathsResponse,
  },
  {
    method: 'get',
    path: '/graph',
    summary: 'The whole graph, filtered and capped (truncated tells)',
    query: wire.GraphQuery,
    response: wire.GraphResponse,
  },
  {
    method: 'post',
    path: '/graph/links',
    summary:
      'Nodes by id and every link between one of them and another of them or of linkedTo (what a canvas draws when nodes join it)',
    body: wire.LinksRequest,
    response: wire.GraphResponse,
  },
  {
    method: 'get',
    path: '/export',
    summary: 'The /graph selection as a file: Cytoscape JSON, GraphML, or CSV (part=nodes or part=edges)',
    query: wire.ExportQuery,
    response: {
      description: 'A download; header X-Corridor-Truncated says whether the cap cut it',
      contentTypes: {
        'application/json': 'Cytoscape JSON: {elements: {nodes, edges}, truncated}',
        'application/graphml+xml': 'GraphML',
        'text/csv': 'CSV',
      },
    },
  },
  {
    method: 'get',
    path: '/stats',
    summary: 'Counts per node kind and edge type, articles, date range',
    response: wire.StatsResponse,
  },
  {
    method: 'post',
    path: '/articles/catalogue',
    summary: "Each article's headline and address (where known), by id: what the exports cite",
    body: wire.ArticleCatalogueRequest,
    response: wire.ArticleCatalogueResponse,
  },
  {
    method: 'get',
    path: '/articles/:id',
    summary: "An article's text and the facts (elements) that cite it",
    params: wire.ArticleIdParams,
    response: wire.ArticleResponse,
  },
  {
    method: 'get',
    path: '/queries',
    summary: 'The named, parameterised queries of cypher/queries/',
    response: wire.NamedQueriesResponse,
  },
  {
    method: 'post',
    path: '/queries/:name',
    summary: 'Runs a named query read-only with the time limit and row cap',
    params: wire.NamedQueryNameParams,
    body: wire.NamedQueryRunBody,
    response: wire.CypherResponse,
  },
  {
    method: 'post',
    path: '/cypher',
    summary:
      'Read-only Cypher console: EXPLAIN-checked (403 read_only otherwise), time limit (422 query_timeout), row and size caps, rate-limited (429)',
    body: wire.CypherRequest,
    response: wire.CypherResponse,
  },
  {
    method: 'post',
    path: '/admin/reload',
    summary: 'Reloads the graph from the facts files (seeds/facts, then the approved reviews of CORRIDOR_FACTS_DIR)',
    response: wire.AdminReloadResponse,
    role: 'admin',
  },
  {
    method: 'post',
    path: '/review/batches',
    summary:
      'Drafts a batch of articles with the ingest engine in the background (202; poll the batch). Each article is checked first: a file name with folders or "..", binary data, a text over 200,000 characters refuse the batch (400), a body over 2 MB too (413)',
    body: wire.DraftBatchRequest,
    response: wire.DraftBatch,
    role: 'editor',
    status: 202,
  },
  {
    method: 'get',
    path: '/review/batches/:id',
    summary: "A batch's progress: each article queued, drafting, drafted or failed (with why)",
    params: wire.BatchIdParams,
    response: wire.DraftBatch,
    role: 'viewer',
  },
  {
    method: 'get',
    path: '/review/drafts',
    summary: 'Every draft under review, approved or retracted, with its counts of facts by state',
    response: wire.DraftListResponse,
    role: 'viewer',
  },
  {
    method: 'get',
    path: '/review/drafts/:id',
    summary:
      'A draft: the article text (plain text, never HTML), entities with their mentions and the node each already is (with its degree), facts with their quote offsets, and what approval would refuse',
    params: wire.DraftIdParams,
    response: wire.ReviewDraft,
    role: 'viewer',
  },
  {
    method: 'put',
    path: '/review/drafts/:id',
    summary:
      "Applies a reviewer's edits in order, all or none: accept, reject, edit or add a fact; add, edit or merge entities; fix the article's metadata. Each fact and entity is checked against the facts schema (400 naming the edit and field)",
    params: wire.DraftIdParams,
    body: wire.DraftEditRequest,
    response: wire.ReviewDraft,
    role: 'editor',
  },
  {
    method: 'post',
    path: '/review/drafts/:id/approve',
    summary:
      'Writes the accepted facts as a facts file (approvedBy, approvedAt) into CORRIDOR_FACTS_DIR and loads it in one transaction; 422 naming each problem (a missing entity, a quote not in the text) and nothing written',
    params: wire.DraftIdParams,
    response: wire.ApproveResponse,
    role: 'editor',
  },
  {
    method: 'post',
    path: '/review/articles/:id/retract',
    summary:
      "Takes an approved article's facts out of the graph in one transaction (facts other articles state stay, with their other sources) and its files out of the facts folder",
    params: wire.DraftIdParams,
    response: wire.RetractResponse,
    role: 'editor',
  },
  {
    method: 'get',
    path: '/openapi.json',
    summary: 'This document',
    response: { description: 'OpenAPI 3.0 document', contentTypes: { 'application/json': 'OpenAPI' } },
  },
];

export const toOpenApiPath = (expressPath: string) => expressPath.replace(/:(\w+)/g, '{$1}');

let cached: object | undefined;

export function openApiDocument(): object {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  const errorResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: wire.ErrorBody } },
  });
  for (const route of API_ROUTES) {
    const response = route.response;
    const ok =
      response instanceof z.ZodType
        ? { description: 'OK', content: { 'application/json': { schema: response } } }
        : {
            description: response.description,
            content: Object.fromEntries(
              Object.entries(response.contentTypes).map(([type, description]) => [
                type,
                { schema: { type: 'string' as const, description } },
              ]),
            ),
          };
    registry.registerPath({
      method: route.method,
      path: toOpenApiPath(route.path),
      summary: route.summary,
      request: {
        ...(route.params ? { params: route.params } : {}),
        ...(route.query ? { query: route.query } : {}),
        ...(route.body ? { body: { content: { 'application/json': { schema: route.body } } } } : {}),
      },
      responses: {
        [route.status ?? 200]: ok,
        400: errorResponse('Invalid request: the message names the parameter and what was expected'),
        404: errorResponse('Unknown id or name'),
        503: errorResponse('The graph database is not reachable'),
        ...(route.role ? accessResponses(route.role, errorResponse) : {}),
      },
      ...(route.role ? { security: [{ bearer: [] }] } : {}),
    });
  }
  registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: "A user's token (CORRIDOR_USERS_FILE); roles viewer < editor < admin",
  });
  cached = new OpenApiGeneratorV3(registry.definitions).generateDocument({
    openapi: '3.0.3',
    info: {
      title: 'Corridor API',
      version: APP_VERSION,
      description: 'Who met whom, who signed with whom and who invested where, as a graph.',
    },
    servers: [{ url: '/api' }],
  });
  return cached;
}

function accessResponses<R>(role: string, errorResponse: (d: string) => R): Record<number, R> {
  return {
    401: errorResponse('No bearer token, or not one of a configured user'),
    403: errorResponse(`Writes are off (no users configured), or the user's role is below ${role}`),
    413: errorResponse('The body is over the limit'),
    415: errorResponse('The body is not JSON'),
    422: errorResponse('The draft cannot be approved: each problem named by field'),
  };
}
