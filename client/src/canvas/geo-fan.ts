// Shared pieces of the map's markers: their size on screen and the lines drawn for them in the
// basemap layer (geo-cluster.ts decides which markers fan out or gather, geo-markers.ts draws them).
export interface Point {
  x: number;
  y: number;
}

/** Below this (screen px) two points stand on one spot: there is no way from one to the other. */
const SAME_SPOT = 0.5;

/**
 * The way (radians, screen) from `from` to `to`, or `fallback` when they stand on one spot. Markers
 * share points (three events beside Quảng Ninh drawn at one spot), and the way between them then came
 * from float noise: a saved map view drew other clusters in Present than on its screen, as a zoom
 * 1e-10 apart turned a fan left instead of right (walk 10, 7b).
 */
export function bearing(from: Point, to: Point, fallback = -Math.PI / 2): number {
  const [dx, dy] = [to.x - from.x, to.y - from.y];
  return Math.hypot(dx, dy) < SAME_SPOT ? fallback : Math.atan2(dy, dx);
}

/** A marker's diameter on screen under the map, from its node size (22-64): 18-32 px. */
export const markerPx = (size: number): number => Math.round(10 + 0.35 * size);

export interface Leaders {
  /** SVG path data, model coordinates: from each fanned marker's true point to where it is drawn. */
  lines: string;
  /** SVG path data of zero-length segments at those true points (drawn as dots by round caps). */
  dots: string;
  /** Links drawn to clusters instead of to their hidden members. */
  links: AggregateLink[];
  /** SVG path data, model coordinates: from each called-out name's marker to the name (declutter.ts). */
  names?: string;
}

/** Links touching a cluster, one per pair of drawn ends (model coordinates), with how many it stands for. */
export interface AggregateLink {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  count: number;
  /** The links it stands for (edge ids). */
  edges: string[];
  /**
   * Where its count ("×3") is drawn (model coordinates; link-counts.ts): unset, at the line's middle;
   * null, nowhere (no free spot along the line).
   */
  countAt?: { x: number; y: number } | null;
  /** In an exported picture, its links' source numbers: drawn at (x, y), `size` model units high (cite-spots.ts). */
  cite?: { text: string; x: number; y: number; size: number };
}
