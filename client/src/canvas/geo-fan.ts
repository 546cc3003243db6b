// Shared pieces of the map's markers: their size on screen, the rings a small group fans out on
// (geo-cluster.ts decides which groups fan), and the lines drawn in the basemap layer for them.
export interface Point {
  x: number;
  y: number;
}

/** A marker's diameter on screen under the map, from its node size (22-64): 18-32 px. */
export const markerPx = (size: number): number => Math.round(10 + 0.35 * size);

/** Positions on rings around `c`: as many per ring as fit at `step` apart, rings `step` apart. */
export function ringPositions(c: Point, count: number, step: number): Point[] {
  const out: Point[] = [];
  let radius = count <= 4 ? step * 0.75 : step;
  while (out.length < count) {
    const fit = Math.max(3, Math.floor((2 * Math.PI * radius) / step));
    const n = Math.min(fit, count - out.length);
    for (let i = 0; i < n; i++) {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
      out.push({ x: c.x + radius * Math.cos(a), y: c.y + radius * Math.sin(a) });
    }
    radius += step;
  }
  return out;
}

export interface Leaders {
  /** SVG path data, model coordinates: from each fanned marker's true point to where it is drawn. */
  lines: string;
  /** SVG path data of zero-length segments at those true points (drawn as dots by round caps). */
  dots: string;
  /** Links drawn to clusters instead of to their hidden members. */
  links: AggregateLink[];
}

/** Links touching a cluster, one per pair of drawn ends (model coordinates), with how many it stands for. */
export interface AggregateLink {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  count: number;
}
