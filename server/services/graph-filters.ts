// The filters shared by /neighbors, /graph and /export, turned into Cypher parameters.
// Dates may be partial ("2023", "2023-11"): `since` becomes its first day, `until` its last day,
// so "until=2023" includes December 2023.
import { ApiError } from '../../common/errors.ts';
import { dateBounds, type EdgeType, type NodeKind } from '../../common/model.ts';

export interface GraphFilters {
  types?: EdgeType[];
  kinds?: NodeKind[];
  since?: string;
  until?: string;
  /** Only facts stated by at least this many independent outlets. */
  minSources?: number;
  /** Undated links under a date range (wire.ts UndatedParam); /neighbors ignores it. */
  undated?: 'setting' | 'all' | 'none';
}

export interface FilterParams {
  types: EdgeType[] | null;
  kinds: NodeKind[] | null;
  since: string | null;
  until: string | null;
  minSources: number | null;
}

export function filterParams(f: GraphFilters): FilterParams {
  const since = f.since ? dateBounds(f.since)[0] : null;
  const until = f.until ? dateBounds(f.until)[1] : null;
  if (since && until && since > until) {
    throw new ApiError(400, 'invalid_request', `since (${f.since}) is after until (${f.until})`, [
      { path: ['since'], message: 'must not be after until' },
    ]);
  }
  return {
    types: f.types?.length ? f.types : null,
    kinds: f.kinds?.length ? f.kinds : null,
    since,
    until,
    minSources: f.minSources ?? null,
  };
}

/** True when a filter narrows the edges (then nodes without a matching edge are left out). */
export function filtersEdges(f: GraphFilters): boolean {
  return Boolean(f.types?.length || f.since || f.until || f.minSources || f.undated === 'none');
}
