// Which land a point of the map (model coordinates) lies on, read from the basemap's own countries
// through the very projection they are drawn with: the markers' fan keeps a body moved off its point
// on its own country's land, not at sea (where it reads as nowhere) nor across a gulf on another
// country's coast (geo-cluster.ts, geo-shore.ts).
import type { Point } from './geo-fan.ts';
import type { Box } from './label-boxes.ts';

type Country = { d: string; box: Box };
let cached: { countries: Country[]; radius: number; test: (p: Point) => number } | undefined;

/** The index of the country under a point inside the map's disc of `radius`, else -1 (sea, or off the map). */
export function landTest(countries: Country[], radius: number): (p: Point) => number {
  if (cached?.countries === countries && cached.radius === radius) return cached.test;
  const ctx = new OffscreenCanvas(1, 1).getContext('2d');
  const paths = countries.map((c) => ({ box: c.box, path: new Path2D(c.d) }));
  const test = (p: Point) => {
    if (!ctx || Math.hypot(p.x, p.y) >= radius) return -1;
    return paths.findIndex(
      ({ box, path }) =>
        p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2 && ctx.isPointInPath(path, p.x, p.y),
    );
  };
  cached = { countries, radius, test };
  return test;
}
