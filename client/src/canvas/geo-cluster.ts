// Which of the map's markers are drawn on their own point, fanned out, or gathered into a cluster,
// at the current zoom: the rules of map tools (Leaflet.markercluster, Mapbox clusters), in screen
// pixels. Markers whose points lie closer than CLUSTER_PX join one group; a group is drawn as one
// cluster marker at the group's true centroid, unless it is small enough to fan out around that
// centroid without spreading far (then each marker is tied to its point by a leader line).
// Zooming in pulls groups apart, so clusters split progressively. A pure function, unit-tested.
import { ringPositions, type Point } from './geo-fan.ts';

/** Markers whose points are closer than this (screen px) are gathered. */
export const CLUSTER_PX = 40;
/** The largest group that may fan out instead of clustering, and its farthest marker's reach. */
export const MAX_FAN = 6;
export const MAX_FAN_RADIUS = 60;
const GAP = 6;

export interface MarkerItem {
  id: string;
  /** The marker's true point on screen. */
  home: Point;
  /** The marker's radius on screen. */
  r: number;
}

export type GroupMode = 'single' | 'fan' | 'cluster';

export interface MarkerGroup {
  /** Members, in the order they were given (callers give them best-ranked first). */
  ids: string[];
  /** The mean of the members' true points. */
  centre: Point;
  mode: GroupMode;
  /** Where each member is drawn (single and fan); a cluster's members are not drawn. */
  drawn: Map<string, Point>;
  /** The radius on screen the group takes. */
  reach: number;
}

/** A cluster marker's diameter on screen: grows slowly with the count it stands for. */
export const clusterPx = (count: number): number => Math.min(38, Math.round(24 + 4 * Math.log2(count)));

const mean = (ps: Point[]): Point => ({
  x: ps.reduce((s, p) => s + p.x, 0) / ps.length,
  y: ps.reduce((s, p) => s + p.y, 0) / ps.length,
});
const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** Groups whose centroids lie closer than `radius`, merged until none do (a merge moves its centroid). */
export function gatherGroups(items: MarkerItem[], radius = CLUSTER_PX): MarkerItem[][] {
  let groups = items.map((it) => [it]);
  for (let round = 0; round < 30; round++) {
    const centre = groups.map((g) => mean(g.map((it) => it.home)));
    const parent = groups.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    let merged = false;
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++)
        if (find(i) !== find(j) && dist(centre[i]!, centre[j]!) < radius) {
          parent[find(j)] = find(i);
          merged = true;
        }
    if (!merged) break;
    const next = new Map<number, MarkerItem[]>();
    groups.forEach((g, i) => (next.get(find(i)) ?? next.set(find(i), []).get(find(i))!).push(...g));
    groups = [...next.values()].map((g) => g.sort((a, b) => items.indexOf(a) - items.indexOf(b)));
  }
  return groups;
}

/** The fan of a small group around its centroid, members in the order of their points' directions. */
function fanOf(g: MarkerItem[], c: Point): { drawn: Map<string, Point>; reach: number } {
  const r = Math.max(...g.map((it) => it.r));
  const angle = (p: Point) => Math.atan2(p.y - c.y, p.x - c.x);
  const sorted = [...g].sort((a, b) => angle(a.home) - angle(b.home) || a.id.localeCompare(b.id));
  const at = ringPositions(c, g.length, 2 * r + GAP);
  const drawn = new Map(sorted.map((it, i) => [it.id, at[i]!]));
  return { drawn, reach: Math.max(...at.map((p) => dist(p, c))) + r };
}

/**
 * The map's markers at this zoom. `canSplit` is false at the deepest zoom, where a group cannot be
 * pulled apart any more: it fans out whatever its size.
 */
export function markerGroups(items: MarkerItem[], canSplit = true): MarkerGroup[] {
  const groups: MarkerGroup[] = gatherGroups(items).map((g) => {
    const centre = mean(g.map((it) => it.home));
    const ids = g.map((it) => it.id);
    if (g.length === 1) return { ids, centre, mode: 'single', drawn: new Map([[ids[0]!, g[0]!.home]]), reach: g[0]!.r };
    const fan = fanOf(g, centre);
    const fits = g.length <= MAX_FAN && fan.reach <= MAX_FAN_RADIUS;
    if (fits || !canSplit) return { ids, centre, mode: 'fan', ...fan };
    return { ids, centre, mode: 'cluster', drawn: new Map(), reach: clusterPx(g.length) / 2 };
  });
  // A fan may not run into a neighbouring group: then it is gathered into its cluster instead.
  for (let changed = true; changed && canSplit;) {
    changed = false;
    for (const a of groups)
      if (a.mode === 'fan' && groups.some((b) => b !== a && dist(a.centre, b.centre) < a.reach + b.reach + 2)) {
        Object.assign(a, { mode: 'cluster', drawn: new Map(), reach: clusterPx(a.ids.length) / 2 });
        changed = true;
      }
  }
  return groups;
}
