// The one mapping from the filter state to the API's query parameters: loading the whole graph,
// expanding a node, the server's export links and Copy as Cypher all read it, always with the
// filters as they are now (never a copy taken at mount time).
import { EDGE_TYPES, NODE_KINDS, type EdgeType, type NodeKind } from '../../../common/model.ts';
import type { UndatedParam } from '../../../common/wire.ts';
import type { FilterState } from './types.ts';

export interface ApiQuery {
  types?: EdgeType[];
  kinds?: NodeKind[];
  since?: string;
  until?: string;
  minSources?: number;
  undated?: UndatedParam;
}

/** Only what narrows: "every type" is no parameter at all. */
export function toApiQuery(f: FilterState): ApiQuery {
  const q: ApiQuery = {};
  if (f.types.length < EDGE_TYPES.length) q.types = [...f.types];
  if (f.kinds.length < NODE_KINDS.length) q.kinds = [...f.kinds];
  if (f.fromYear !== null) q.since = String(f.fromYear);
  if (f.toYear !== null) q.until = String(f.toYear);
  if (f.minSources > 1) q.minSources = f.minSources;
  // As the canvas shows them: every undated link under a year range, or none when switched off
  // (walk 32, 1: the server's export of 2025 left out the two undated links the canvas showed).
  if (!f.showUndated) q.undated = 'none';
  else if (q.since || q.until) q.undated = 'all';
  return q;
}

/** The same as URL parameters (lists comma-separated), for links such as /api/export. */
export function toSearchParams(f: FilterState, extra: Record<string, string> = {}): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(toApiQuery(f))) p.set(k, Array.isArray(v) ? v.join(',') : String(v));
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p;
}
