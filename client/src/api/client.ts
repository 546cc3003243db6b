// The one place the client talks HTTP. Response types come from common/wire.ts (type-only
// imports, so zod stays out of the bundle); errors become ApiError with the server's code and details.
import type {
  ApproveResponse,
  ArticleInput,
  DraftBatch,
  DraftEdit,
  DraftListResponse,
  RetractResponse,
  ReviewDraft,
  ArticleCatalogueResponse,
  ArticleResponse,
  CypherResponse,
  ErrorBody,
  GraphResponse,
  NamedQuery,
  NeighborsResponse,
  NodeDetailResponse,
  PathsResponse,
  SearchResponse,
  StatsResponse,
  UndatedParam,
} from '../../../common/wire.ts';
import type { EdgeType, NodeKind } from '../../../common/model.ts';

import { ApiError } from '../../../common/errors.ts';

/** An error answer of the API is the server's own ApiError. */
export { ApiError };

type QueryValue = string | number | boolean | readonly string[] | null | undefined;

function queryString(params: Record<string, QueryValue>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) q.set(k, v.join(','));
    } else q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** How long a read waits in all for a starting app or a returning database (503 + Retry-After). */
const RETRY_BUDGET_MS = 30_000;

/** `token`: a reviewer's bearer token (the review's routes need one; the rest of the API is open). */
async function request<T>(path: string, init?: RequestInit, token?: string): Promise<T> {
  const send = async () => {
    try {
      return await fetch(path, {
        ...init,
        headers: {
          accept: 'application/json',
          ...(init?.body ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      });
    } catch (err) {
      throw new ApiError(
        0,
        'network',
        `the server did not answer (${err instanceof Error ? err.message : String(err)})`,
      );
    }
  };
  let res = await send();
  // A page opened while the app is still loading its seed graph (or while Neo4j restarts) gets 503
  // with Retry-After: reads are safe to repeat, so wait as told instead of showing an error.
  const isRead = (init?.method ?? 'GET') === 'GET';
  for (let waited = 0; isRead && res.status === 503 && waited < RETRY_BUDGET_MS;) {
    const seconds = Number(res.headers.get('retry-after'));
    if (!Number.isFinite(seconds) || seconds <= 0) break;
    const ms = Math.min(seconds * 1000, RETRY_BUDGET_MS - waited);
    await new Promise((resolve) => setTimeout(resolve, ms));
    waited += ms;
    res = await send();
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw new ApiError(res.status, 'bad_response', `${path} answered ${res.status} with something that is not JSON`);
  }
  if (!res.ok) {
    const e = (body as ErrorBody | undefined)?.error;
    throw new ApiError(res.status, e?.code ?? 'http_error', e?.message ?? `${path} answered ${res.status}`, e?.details);
  }
  return body as T;
}

export interface DateWindow {
  types?: readonly EdgeType[];
  since?: string;
  until?: string;
}

export type PathsRequest = {
  from: string;
  to: string;
  maxHops: number;
  types?: readonly EdgeType[];
  mode: 'shortest' | 'all';
  prefer: 'stated' | 'any';
};

export const api = {
  search: (q: string, limit = 8, kinds?: readonly NodeKind[]) =>
    request<SearchResponse>(`/api/search${queryString({ q, limit, kinds })}`),
  node: (id: string) => request<NodeDetailResponse>(`/api/nodes/${encodeURIComponent(id)}`),
  neighbors: (id: string, w: DateWindow & { limit?: number } = {}) =>
    request<NeighborsResponse>(`/api/nodes/${encodeURIComponent(id)}/neighbors${queryString({ ...w })}`),
  paths: (p: PathsRequest) => request<PathsResponse>(`/api/paths${queryString(p)}`),
  graph: (w: DateWindow & { kinds?: readonly NodeKind[]; minSources?: number; undated?: UndatedParam } = {}) =>
    request<GraphResponse>(`/api/graph${queryString({ ...w })}`),
  /** Nodes by id and their links to each other and to `linkedTo` (the canvas): the explorer's own read. */
  links: (nodeIds: readonly string[], linkedTo: readonly string[] = []) =>
    request<GraphResponse>('/api/graph/links', { method: 'POST', body: JSON.stringify({ nodeIds, linkedTo }) }),
  stats: () => request<StatsResponse>('/api/stats'),
  article: (id: string) => request<ArticleResponse>(`/api/articles/${encodeURIComponent(id)}`),
  articleCatalogue: (ids: readonly string[]) =>
    request<ArticleCatalogueResponse>('/api/articles/catalogue', { method: 'POST', body: JSON.stringify({ ids }) }),
  queries: () => request<{ queries: NamedQuery[] }>('/api/queries'),
  runQuery: (name: string, params: Record<string, unknown>) =>
    request<CypherResponse>(`/api/queries/${encodeURIComponent(name)}`, {
      method: 'POST',
      body: JSON.stringify({ params }),
    }),
  cypher: (query: string, params: Record<string, unknown>) =>
    request<CypherResponse>('/api/cypher', { method: 'POST', body: JSON.stringify({ query, params }) }),
  review: {
    draftBatch: (token: string, articles: ArticleInput[]) =>
      request<DraftBatch>('/api/review/batches', { method: 'POST', body: JSON.stringify({ articles }) }, token),
    batch: (token: string, id: string) =>
      request<DraftBatch>(`/api/review/batches/${encodeURIComponent(id)}`, {}, token),
    drafts: (token: string) => request<DraftListResponse>('/api/review/drafts', {}, token),
    draft: (token: string, id: string) =>
      request<ReviewDraft>(`/api/review/drafts/${encodeURIComponent(id)}`, {}, token),
    edit: (token: string, id: string, edits: DraftEdit[]) =>
      request<ReviewDraft>(
        `/api/review/drafts/${encodeURIComponent(id)}`,
        { method: 'PUT', body: JSON.stringify({ edits }) },
        token,
      ),
    approve: (token: string, id: string) =>
      request<ApproveResponse>(`/api/review/drafts/${encodeURIComponent(id)}/approve`, { method: 'POST' }, token),
    retract: (token: string, id: string) =>
      request<RetractResponse>(`/api/review/articles/${encodeURIComponent(id)}/retract`, { method: 'POST' }, token),
  },
};
