// Geographic layout: localities (anything with lat/lon) at their coordinates, people, companies and
// bodies around the places they belong to, the rest in a row below. No place is nudged off its
// point: the dense border region is made readable on screen by geo-cluster.ts.
import type cytoscape from 'cytoscape';

export type Positions = Record<string, { x: number; y: number }>;

export interface GeoProjection {
  /** The longitude and latitude at the middle of the layout. */
  center: [number, number];
  /** The map's disc: the basemap is drawn inside it (model units, centred on 0,0). */
  radius: number;
  /** Model coordinates of a longitude/latitude, the same function the layout places nodes with. */
  project(lon: number, lat: number): { x: number; y: number };
  /** Too far away for the map's disc: drawn outside its rim, in its true direction (offMapHint). */
  offMap(lon: number, lat: number): boolean;
}

/** How far outside the map's rim the places beyond it wait (a share of the rim's radius). */
export const OFF_MAP_RING = 1.12;

/** Places up to this many units away may widen the map's disc to take them in (Beijing, Singapore). */
const NEAR_UNITS = 16;
/** How far past the farthest place the disc reaches (a share of its true distance): its marker fits inside. */
const REACH_AIR = 1.04;

/**
 * Equirectangular around the median place, with distances from it square-rooted: most places
 * cluster (northern Việt Nam, southern China) and a few are far away (Beijing, Singapore), so every
 * place keeps its true direction and order of distance and the cluster gets room. The map is a
 * disc of 3 units (9 units of true distance), widened to take in every place up to NEAR_UNITS
 * away: a place just past 9 units (Beijing at 9.1) lies where the basemap draws its country, so it
 * is drawn at its point, not marked off the map at the rim. A place farther away (France, the
 * United States) would land on some other country at the rim, so it is drawn outside the disc, on
 * a ring in its true direction, and marked as off the map. The basemap is drawn through the same
 * function and clipped to the disc: a place is off the map exactly when it lies outside the disc.
 */
export function geoProjection(points: { lat: number; lon: number }[], span: number): GeoProjection {
  const lat0 = median(points.map((p) => p.lat));
  const lon0 = median(points.map((p) => p.lon));
  const kx = Math.cos((lat0 * Math.PI) / 180);
  const dist = points.map((p) => Math.hypot(wrap(p.lon - lon0) * kx, p.lat - lat0));
  const unit = Math.max(0.5, percentile(dist, 0.5));
  // The disc's reach in true distance: 9 units, or past the farthest place that is not far away.
  const near = dist.filter((d) => d <= NEAR_UNITS * unit);
  const reach = Math.max(9 * unit, Math.min(NEAR_UNITS * unit, Math.max(0, ...near) * REACH_AIR));
  const rim = Math.sqrt(reach * unit); // the disc's radius, before scaling
  const scale = span / 2 / (3 * unit);
  const offset = (lon: number, lat: number) => {
    const dx = wrap(lon - lon0) * kx;
    const dy = lat - lat0;
    return { dx, dy, d: Math.hypot(dx, dy) };
  };
  return {
    center: [lon0, lat0],
    radius: rim * scale,
    project(lon, lat) {
      const { dx, dy, d } = offset(lon, lat);
      const rho = d > reach ? rim * OFF_MAP_RING : unit * Math.sqrt(d / unit);
      const k = d > 0 ? rho / d : 1;
      return { x: dx * k * scale + 0, y: -dy * k * scale + 0 }; // + 0: no -0, which JSON cannot carry
    },
    offMap: (lon, lat) => offset(lon, lat).d > reach,
  };
}

/** Longitude differences the short way round (-180..180). */
const wrap = (dlon: number) => ((((dlon + 180) % 360) + 360) % 360) - 180;

const ARROWS = ['→', '↗', '↑', '↖', '←', '↙', '↓', '↘'];

/** "← France, off the map": the way to a place beyond the map's rim, from the map's middle. */
export function offMapHint(name: string, at: { x: number; y: number }): string {
  const angle = Math.atan2(-at.y, at.x); // model y grows southward
  const octant = (Math.round(angle / (Math.PI / 4)) + 8) % 8;
  return `${ARROWS[octant]} ${name}, off the map`;
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

/** Links that say where a node belongs: the place it is in, the body (or place) it holds a post in. */
const BELONGS = new Set(['LOCATED_IN', 'HOLDS_POST']);
/** Links that say where a node went, not where it belongs: a last resort for placing it. */
const WENT = new Set(['VISITED', 'MET', 'ATTENDED']);

/**
 * The placed nodes `n` belongs to, the finest: a country, or a body placed at one (a national
 * ministry), only when nothing finer is placed. Empty while some of them wait to be placed, unless
 * `partial` (the last pass).
 */
function belongsTo(
  n: cytoscape.NodeSingular,
  pos: Positions,
  national: Set<string>,
  partial: boolean,
): cytoscape.NodeCollection {
  const all = n
    .outgoers('edge')
    .filter((e) => BELONGS.has(String(e.data('type'))))
    .targets();
  const homes = all.filter((m) => !!pos[m.id()]);
  if (!partial && homes.length < all.length) return homes.filter(() => false);
  const finer = homes.filter((m) => !national.has(m.id()));
  return finer.length ? finer : homes;
}

/** The placed nodes `n` is linked to otherwise, those it did not merely visit or meet first. */
function linkedTo(n: cytoscape.NodeSingular, pos: Positions): cytoscape.NodeCollection {
  const placed = (edges: cytoscape.EdgeCollection) =>
    edges.connectedNodes().filter((m) => m.id() !== n.id() && !!pos[m.id()]);
  const edges = n.connectedEdges();
  const settled = placed(edges.filter((e) => !WENT.has(String(e.data('type')))));
  return settled.length ? settled : placed(edges);
}

const meanOf = (nodes: cytoscape.NodeCollection, pos: Positions) => ({
  x: nodes.map((m) => pos[m.id()]!.x).reduce((a, b) => a + b, 0) / nodes.length,
  y: nodes.map((m) => pos[m.id()]!.y).reduce((a, b) => a + b, 0) / nodes.length,
});

/**
 * People, companies and bodies: at the places they belong to (an official at the body they hold a
 * post in, a body at the place it is located in, through chains of these), else at the places
 * they are linked to; never at a city they only visited when something else places them.
 */
function placeByLinks(nodes: cytoscape.NodeCollection, pos: Positions): Set<string> {
  const derived = new Set<string>();
  const national = new Set(nodes.filter((n) => n.data('kind') === 'Country').map((n) => n.id()));
  for (const anchors of [belongsTo, linkedTo])
    for (let pass = 0; pass < 4; pass++)
      nodes.forEach((n) => {
        if (pos[n.id()]) return;
        const at = anchors === belongsTo ? belongsTo(n, pos, national, pass === 3) : linkedTo(n, pos);
        if (!at.length) return;
        pos[n.id()] = meanOf(at, pos);
        derived.add(n.id());
        if (at.toArray().every((m) => national.has(m.id()))) national.add(n.id());
      });
  return derived;
}

/**
 * Nodes placed by their links at one point (or within a step of each other) are set on a sunflower
 * around it, spaced so that at the whole map's zoom they gather into one cluster beside the point,
 * and one or two zoom steps in they stand apart (they have no coordinates of their own; the
 * places keep their points).
 */
function spreadAround(ids: Set<string>, pos: Positions, step: number): void {
  const groups: { at: { x: number; y: number }; ids: string[] }[] = [];
  for (const id of [...ids].sort()) {
    const p = pos[id]!;
    const near = groups.find((g) => Math.hypot(g.at.x - p.x, g.at.y - p.y) < 0.5 * step);
    if (near) near.ids.push(id);
    else groups.push({ at: { ...p }, ids: [id] });
  }
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (const g of groups)
    g.ids.forEach((id, i) => {
      const r = step * Math.sqrt(i + 1);
      const a = i * golden - Math.PI / 2;
      pos[id] = { x: g.at.x + r * Math.cos(a), y: g.at.y + r * Math.sin(a) };
    });
}

/**
 * Every node's point on the map: localities at their coordinates; people, companies and bodies
 * near the places they belong to (placeByLinks, spreadAround); the rest in a row below. Markers
 * that come too close on screen are fanned out or gathered there, never moved here (geo-cluster.ts).
 */
export function geoPositions(nodes: cytoscape.NodeCollection, span = 900 + 25 * nodes.length): Positions {
  const located = nodes.filter((n) => typeof n.data('lat') === 'number' && typeof n.data('lon') === 'number');
  const pos: Positions = {};
  const projection = projectionFor(nodes, span);
  if (projection)
    located.forEach((n) => void (pos[n.id()] = projection.project(n.data('lon') as number, n.data('lat') as number)));
  spreadAround(placeByLinks(nodes, pos), pos, span * 0.03);
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
