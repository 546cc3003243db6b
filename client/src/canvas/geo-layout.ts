// Geographic layout: localities (anything with lat/lon) at their coordinates, people, companies and
// bodies at the placed neighbours they connect to, the rest in a row below. Nothing is nudged off
// its point: the dense border region is made readable on screen by geo-fan.ts.
import type cytoscape from 'cytoscape';

export type Positions = Record<string, { x: number; y: number }>;

export interface GeoProjection {
  /** The longitude and latitude at the middle of the layout. */
  center: [number, number];
  /** Model coordinates of a longitude/latitude, the same function the layout places nodes with. */
  project(lon: number, lat: number): { x: number; y: number };
}

/**
 * Equirectangular around the median place, with distances from it square-rooted: most places
 * cluster (northern Việt Nam, southern China) and a few are far away (Beijing, the US), so every
 * place keeps its true direction and order of distance, the cluster gets room, and the far places
 * (beyond 3 units) wait on a ring at the edge. The basemap is drawn through the same function.
 */
export function geoProjection(points: { lat: number; lon: number }[], span: number): GeoProjection {
  const lat0 = median(points.map((p) => p.lat));
  const lon0 = median(points.map((p) => p.lon));
  const kx = Math.cos((lat0 * Math.PI) / 180);
  const dist = points.map((p) => Math.hypot((p.lon - lon0) * kx, p.lat - lat0));
  const unit = Math.max(0.5, percentile(dist, 0.5));
  const scale = span / 2 / (3 * unit);
  return {
    center: [lon0, lat0],
    project(lon, lat) {
      const dx = (lon - lon0) * kx;
      const dy = lat - lat0;
      const d = Math.hypot(dx, dy);
      const k = d > 0 ? Math.min(unit * Math.sqrt(d / unit), 3 * unit) / d : 1;
      return { x: dx * k * scale + 0, y: -dy * k * scale + 0 }; // + 0: no -0, which JSON cannot carry
    },
  };
}

/** The projection the geographic layout uses for these nodes (undefined when none has coordinates). */
export function projectionFor(
  nodes: cytoscape.NodeCollection,
  span = 900 + 25 * nodes.length,
): GeoProjection | undefined {
  const located = nodes.filter((n) => typeof n.data('lat') === 'number' && typeof n.data('lon') === 'number');
  if (!located.length) return undefined;
  return geoProjection(
    located.map((n) => ({ lat: n.data('lat') as number, lon: n.data('lon') as number })),
    span,
  );
}

/**
 * Every node's true point on the map: localities at their coordinates; people, companies and
 * bodies at the middle of the placed neighbours they connect to (localities first); the rest in a
 * row below. Points that coincide are fanned out on screen, never moved here (geo-fan.ts).
 */
export function geoPositions(nodes: cytoscape.NodeCollection, span = 900 + 25 * nodes.length): Positions {
  const located = nodes.filter((n) => typeof n.data('lat') === 'number' && typeof n.data('lon') === 'number');
  const pos: Positions = {};
  const projection = projectionFor(nodes, span);
  if (projection)
    located.forEach((n) => void (pos[n.id()] = projection.project(n.data('lon') as number, n.data('lat') as number)));
  // Two passes, so that an official placed at a city can anchor a company beside them.
  for (let pass = 0; pass < 2; pass++) {
    nodes.forEach((n) => {
      if (pos[n.id()]) return;
      const anchors = n.neighborhood('node').filter((m) => !!pos[m.id()] && located.contains(m) === (pass === 0));
      const anchorList = anchors.length ? anchors : n.neighborhood('node').filter((m) => !!pos[m.id()]);
      if (!anchorList.length) return;
      const x = anchorList.map((m) => pos[m.id()]!.x).reduce((a, b) => a + b, 0) / anchorList.length;
      const y = anchorList.map((m) => pos[m.id()]!.y).reduce((a, b) => a + b, 0) / anchorList.length;
      pos[n.id()] = { x, y };
    });
  }
  const ys = Object.values(pos).map((p) => p.y);
  const xs = Object.values(pos).map((p) => p.x);
  const bottom = (ys.length ? Math.max(...ys) : 0) + 120;
  const unplaced = nodes.filter((n) => !pos[n.id()]);
  const left = (xs.length ? (Math.min(...xs) + Math.max(...xs)) / 2 : 0) - (90 * (unplaced.length - 1)) / 2;
  unplaced.forEach((n, i) => {
    pos[n.id()] = { x: left + 90 * i, y: bottom };
  });
  return pos;
}

function median(xs: number[]): number {
  return percentile(xs, 0.5);
}

function percentile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))] ?? 0;
}
