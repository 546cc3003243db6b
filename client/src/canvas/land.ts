// Whether a point of the map (model coordinates) lies on land, read from the basemap's own land
// path through the very projection it is drawn with: the markers' fan sets a body moved off its
// point on land rather than at sea, where it reads as nowhere (geo-cluster.ts).
import type { Point } from './geo-fan.ts';

let cached: { land: string; radius: number; test: (p: Point) => boolean } | undefined;

/** A test of the land drawn by `land` (SVG path data) inside the map's disc of `radius`. */
export function landTest(land: string, radius: number): (p: Point) => boolean {
  if (cached?.land === land && cached.radius === radius) return cached.test;
  const path = new Path2D(land);
  const ctx = new OffscreenCanvas(1, 1).getContext('2d');
  const test = (p: Point) => Math.hypot(p.x, p.y) < radius && !!ctx?.isPointInPath(path, p.x, p.y);
  cached = { land, radius, test };
  return test;
}
