// Geographic layout: localities (anything with lat/lon) at their coordinates, people, companies and
// bodies on a small ring around the placed neighbours they connect to, the rest in a row below;
// then nodes whose labels would overlap are nudged apart (the border region is dense).
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

/** Localities at their coordinates, the others beside the placed neighbours they connect to. */
export function geoPositions(
  cy: cytoscape.Core,
  nodes: cytoscape.NodeCollection,
  span = 900 + 25 * nodes.length,
): Positions {
  const located = nodes.filter((n) => typeof n.data('lat') === 'number' && typeof n.data('lon') === 'number');
  const pos: Positions = {};
  const projection = projectionFor(nodes, span);
  if (projection)
    located.forEach((n) => void (pos[n.id()] = projection.project(n.data('lon') as number, n.data('lat') as number)));
  // Unplaced nodes: two passes so that an official placed beside a city can anchor a company beside them.
  for (let pass = 0; pass < 2; pass++) {
    const ringCount = new Map<string, number>();
    nodes.forEach((n) => {
      if (pos[n.id()]) return;
      const anchors = n.neighborhood('node').filter((m) => !!pos[m.id()] && located.contains(m) === (pass === 0));
      const anchorList = anchors.length ? anchors : n.neighborhood('node').filter((m) => !!pos[m.id()]);
      if (!anchorList.length) return;
      const first = anchorList[0]!;
      const k = ringCount.get(first.id()) ?? 0;
      ringCount.set(first.id(), k + 1);
      const cx = anchorList.map((m) => pos[m.id()]!.x).reduce((a, b) => a + b, 0) / anchorList.length;
      const cyy = anchorList.map((m) => pos[m.id()]!.y).reduce((a, b) => a + b, 0) / anchorList.length;
      const angle = (k * 2.4) % (2 * Math.PI); // golden-angle steps keep neighbours apart
      const r = 55 + 14 * Math.floor(k / 6);
      pos[n.id()] = { x: cx + r * Math.cos(angle), y: cyy + r * Math.sin(angle) };
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
  separate(pos, new Map(nodes.map((n) => [n.id(), labelBox(n)])));
  void cy;
  return pos;
}

/**
 * The room a node and its one-line label take, in model units (the label is 11 px type, about
 * 6 px a character, under the node): two nodes closer than half their widths and heights overlap.
 */
export function labelBox(n: cytoscape.NodeSingular): { w: number; h: number } {
  const size = Number(n.data('size')) || 30;
  const text = String(n.data('display') ?? n.data('label') ?? n.id());
  return { w: Math.max(size, 6 * text.length) + 10, h: size + 24 };
}

/**
 * Pushes apart nodes whose boxes overlap, each pair along the axis where it overlaps least, round
 * after round until none does: places near each other (Hà Nội, Bắc Ninh, Hưng Yên) stay near and in
 * the same direction from each other, but readable. Grid buckets keep a round linear in the nodes.
 */
function separate(pos: Positions, boxes: Map<string, { w: number; h: number }>, rounds = 200): void {
  const ids = Object.keys(pos).sort();
  // Buckets as wide as the widest box, so every overlapping pair shares or neighbours a bucket.
  const cw = Math.max(...ids.map((id) => boxes.get(id)!.w));
  const ch = Math.max(...ids.map((id) => boxes.get(id)!.h));
  const cellOf = (p: { x: number; y: number }) => [Math.floor(p.x / cw), Math.floor(p.y / ch)] as const;
  for (let round = 0; round < rounds; round++) {
    const grid = new Map<string, string[]>();
    for (const id of ids) {
      const [cx, cy] = cellOf(pos[id]!);
      const key = `${cx}:${cy}`;
      const bucket = grid.get(key);
      if (bucket) bucket.push(id);
      else grid.set(key, [id]);
    }
    let overlaps = 0;
    for (const id of ids) {
      const p = pos[id]!;
      const a = boxes.get(id)!;
      const [cx, cy] = cellOf(p);
      for (let i = -1; i <= 1; i++) {
        for (let j = -1; j <= 1; j++) {
          for (const other of grid.get(`${cx + i}:${cy + j}`) ?? []) {
            if (other <= id) continue; // each pair once
            const q = pos[other]!;
            const b = boxes.get(other)!;
            const dx = q.x - p.x;
            const dy = q.y - p.y;
            const ox = (a.w + b.w) / 2 - Math.abs(dx);
            const oy = (a.h + b.h) / 2 - Math.abs(dy);
            if (ox <= 0 || oy <= 0) continue;
            overlaps++;
            // Slightly more than half each, so that a pair does not stop exactly touching.
            if (ox / (a.w + b.w) < oy / (a.h + b.h)) {
              const s = (dx === 0 ? -1 : Math.sign(dx)) * (ox / 2 + 0.5);
              p.x -= s;
              q.x += s;
            } else {
              const s = (dy === 0 ? -1 : Math.sign(dy)) * (oy / 2 + 0.5);
              p.y -= s;
              q.y += s;
            }
          }
        }
      }
    }
    if (!overlaps) return;
  }
}

function median(xs: number[]): number {
  return percentile(xs, 0.5);
}

function percentile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))] ?? 0;
}
