// Geographic layout: localities (anything with lat/lon) at their coordinates, people, companies and
// bodies around the places they belong to, the rest in a row below. No place is nudged off its
// point: the dense border region is made readable on screen by geo-cluster.ts.
import type cytoscape from 'cytoscape';
import { anchorPlaces, hasPoint, restOfCountry } from './geo-anchor.ts';

export type Positions = Record<string, { x: number; y: number }>;

export interface GeoProjection {
  /** The longitude and latitude at the middle of the layout. */
  center: [number, number];
  /** The map's disc: the basemap is drawn inside it (model units, centred on 0,0). */
  radius: number;
  /** Model coordinates of a longitude/latitude, the same function the layout places nodes with. */
  project(lon: number, lat: number): { x: number; y: number };
  /** The longitude and latitude at model coordinates inside the disc (project's inverse there). */
  unproject(x: number, y: number): [number, number];
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
    unproject(x, y) {
      const [ux, uy] = [x / scale, -y / scale];
      const rho = Math.hypot(ux, uy);
      const k = rho / unit; // true distance over drawn distance (d / rho, with rho = sqrt(d * unit))
      return [lon0 + (ux * k) / kx, lat0 + uy * k];
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

/** The share of the circle a fan takes on the side of its place toward the rest of its country (inland). */
const INLAND_SECTOR = 0.3;
/** The most nodes gathered on one spot when their place's own land has no free spot left. */
const GATHER = 3;
/** How far off the bearing to a place of its own country a spot may lie and still count as toward its land. */
const NEIGHBOUR_SECTOR = 1 / 3;
/** How many rings of spots a fan may take around its place, beyond those its count needs on its side. */
const FAN_RINGS = 6;
/** How many of them it may take on every side of its place, when its own side is full. */
const AROUND_RINGS = 2;

type Spot = { x: number; y: number };
/** A spot beside a place: its layout point, its true distance (degrees) and how far off the inland bearing it lies (radians). */
type Candidate = { p: Spot; deg: number; off: number; ring: number; bearing?: number };

/** Points bucketed by a cell of `cell` units: which lie within a distance up to a cell of a point, without a scan of all. */
class SpotGrid {
  private readonly cells = new Map<string, Spot[]>();
  constructor(private readonly cell: number) {}
  private key = (i: number, j: number) => `${i} ${j}`;
  add(p: Spot): void {
    const k = this.key(Math.floor(p.x / this.cell), Math.floor(p.y / this.cell));
    this.cells.set(k, [...(this.cells.get(k) ?? []), p]);
  }
  /** Whether a point lies closer than `r` (at most a cell) to `p`. */
  within(p: Spot, r: number): boolean {
    const [i, j] = [Math.floor(p.x / this.cell), Math.floor(p.y / this.cell)];
    for (let di = -1; di <= 1; di++)
      for (let dj = -1; dj <= 1; dj++)
        if ((this.cells.get(this.key(i + di, j + dj)) ?? []).some((q) => Math.hypot(p.x - q.x, p.y - q.y) < r))
          return true;
    return false;
  }
}

/**
 * The spots beside a place a node may take: the points of a hexagonal grid `step` apart centred on
 * the place's layout point `at` (no two spots of one fan closer than a step), each with its true
 * distance and bearing from the place (lon/lat), measured on the ground: the layout compresses
 * distance from its middle, which turns bearings.
 */
export function spotsAround(
  at: Spot,
  step: number,
  rings: number,
  place: { lon: number; lat: number },
  inland: { lon: number; lat: number } | undefined,
  projection: GeoProjection,
): Candidate[] {
  const kx = Math.cos((place.lat * Math.PI) / 180);
  const bearingTo = (lon: number, lat: number) => Math.atan2(lat - place.lat, (lon - place.lon) * kx);
  const inlandBearing = inland && bearingTo(inland.lon, inland.lat);
  const far = projection.offMap(place.lon, place.lat); // on the ring beyond the rim: no ground to measure
  const spots: Candidate[] = [];
  for (let k = 1; k <= rings; k++)
    for (let side = 0; side < 6; side++)
      for (let j = 0; j < k; j++) {
        // Ring k of a hexagonal grid: from corner `side` toward the next corner, j steps along.
        const [a, b] = [(side * Math.PI) / 3, ((side + 2) * Math.PI) / 3];
        const p = {
          x: at.x + step * (k * Math.cos(a) + j * Math.cos(b)),
          y: at.y + step * (k * Math.sin(a) + j * Math.sin(b)),
        };
        const [lon, lat] = far ? [place.lon, place.lat] : projection.unproject(p.x, p.y);
        const deg = far ? Math.hypot(p.x - at.x, p.y - at.y) : Math.hypot((lon - place.lon) * kx, lat - place.lat);
        const turn = inlandBearing === undefined || far ? 0 : bearingTo(lon, lat) - inlandBearing;
        const bearing = far ? undefined : bearingTo(lon, lat);
        spots.push({ p, deg, ring: k, bearing, off: Math.abs(Math.atan2(Math.sin(turn), Math.cos(turn))) });
      }
  return spots.sort((u, v) => u.deg - v.deg || u.off - v.off);
}

/**
 * Whether a spot lies toward another place of its place's country (within NEIGHBOUR_SECTOR of its
 * bearing, nearer than it). The layout knows no coastline: between a place and its country's other places lies
 * its country's land, away from all of them lies the sea off a coast (or the next country).
 */
function towardNeighbours(place: cytoscape.NodeSingular, known: cytoscape.NodeCollection): (c: Candidate) => boolean {
  const [lon, lat] = [place.data('lon') as number, place.data('lat') as number];
  const kx = Math.cos((lat * Math.PI) / 180);
  const bearings = known
    .filter(
      (m) =>
        hasPoint(m) &&
        m.data('kind') !== 'Country' &&
        m.id() !== place.id() &&
        m.data('country') === place.data('country'),
    )
    .map((m) => {
      const [dx, dy] = [((m.data('lon') as number) - lon) * kx, (m.data('lat') as number) - lat];
      return { bearing: Math.atan2(dy, dx), deg: Math.hypot(dx, dy) };
    });
  const turn = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));
  // Toward it and not past it: beyond Hải Phòng from Hưng Yên lies the sea.
  return (c) =>
    c.bearing !== undefined &&
    bearings.some((b) => c.deg < b.deg && turn(c.bearing!, b.bearing) <= NEIGHBOUR_SECTOR * Math.PI);
}

/**
 * Whether a spot reads as its place's: nearer that place's point than any other place's. Hà Nội's
 * fan on its side toward the rest of Việt Nam ran 0.5-0.9° north-east, past Bắc Ninh to Bắc
 * Giang, where a reader took its national bodies for Bắc Giang's: a fan grows into the land its
 * own place is nearest (west and south of Hà Nội), not across a neighbour's. A place within half a
 * step of its own (a province and its capital city) shares its spots: on screen they are one; so
 * does a place it lies in.
 */
function ownSide(
  place: cytoscape.NodeSingular,
  at: Spot,
  places: { id: string; p: Spot }[],
  shared: number,
): (c: Candidate) => boolean {
  const dist = (a: Spot, b: Spot) => Math.hypot(a.x - b.x, a.y - b.y);
  // The places it lies in: Weifang's nodes read as Shandong's are still where they belong, and
  // Shandong's point (its middle) would leave Weifang only the sea off its coast.
  const within = new Set(
    place
      .outgoers('edge')
      .filter((e) => e.data('type') === 'LOCATED_IN')
      .targets()
      .map((m) => m.id()),
  );
  const neighbours = places.filter(({ id, p }) => id !== place.id() && !within.has(id) && dist(p, at) >= shared);
  return (c) => {
    const mine = dist(c.p, at);
    return neighbours.every(({ p }) => dist(c.p, p) > mine);
  };
}

/**
 * People, companies, bodies and events: each beside its one anchor place (geo-anchor.ts), worked
 * out from every node and link the client knows, not only those shown, so a filter does not move
 * them (the anchor may be filtered out or hidden: it stands for its coordinates). Each takes the
 * nearest free spot of a grid around its place that is nearer its place than any other place
 * (ownSide), a `step` from every other such node and half a step clear of every place's own
 * point: at the whole map's zoom they gather into a cluster beside their place, two zoom steps in
 * each has room for its marker (a fan capped in true distance left Hà Nội's national bodies and
 * events and the fans of Bắc Ninh, Bắc Giang and Quảng Ninh closer than a marker two steps in: one
 * cluster of 18). The places take their spots in turns (each place's first node, then each one's
 * second), so a crowded place does not push a neighbour's nodes away. The layout knows no
 * coastline, so a fan opens on its place's side toward the rest of its country (restOfCountry:
 * inland of a coast, on its own side of a border), then toward its country's other places
 * (towardNeighbours), then gathers up to GATHER on a spot, and goes all around only after that.
 */
function placeByAnchors(
  nodes: cytoscape.NodeCollection,
  known: cytoscape.NodeCollection,
  pos: Positions,
  projection: GeoProjection,
  step: number,
): void {
  const anchors = anchorPlaces(known);
  const byPlace = new Map<string, string[]>();
  for (const id of known.map((n) => n.id()).sort()) {
    const place = anchors.get(id);
    if (!place || place.id() === id) continue;
    byPlace.set(place.id(), [...(byPlace.get(place.id()) ?? []), id]);
  }
  const pointOf = (n: cytoscape.NodeSingular) => projection.project(n.data('lon') as number, n.data('lat') as number);
  const places = new SpotGrid(step);
  const placePoints = known.filter(hasPoint).map((n) => ({ id: n.id(), p: pointOf(n as cytoscape.NodeSingular) }));
  placePoints.forEach(({ p }) => places.add(p));
  const taken = new SpotGrid(step);
  // A step from every other node (room for each marker two zoom steps in), half a step clear of the places.
  const free = (apart: number) => (p: Spot) => !taken.within(p, apart - 1e-6) && !places.within(p, step / 2 - 1e-6);
  // The first free spot of a list, nearest first: a spot once taken or crowded stays so (spots are only added).
  const firstFree = (list: Candidate[], isFree = free(step)) => {
    let i = 0;
    return () => {
      while (i < list.length && !isFree(list[i]!.p)) i++;
      return list[i];
    };
  };
  const fans = [...byPlace].map(([placeId, ids]) => {
    const place = known.getElementById(placeId) as cytoscape.NodeSingular;
    // Enough rings for its count on its side (a sector of ring k holds about 6k × its share).
    const rings = FAN_RINGS + Math.ceil(Math.sqrt(ids.length / (3 * INLAND_SECTOR)));
    const at = pointOf(place);
    const ground = { lon: place.data('lon') as number, lat: place.data('lat') as number };
    const inland = restOfCountry(place, known);
    const mine = ownSide(place, at, placePoints, step / 2);
    // The grid a step apart, then one of half steps: a place's own land between its neighbours may
    // be narrower than a step (Bắc Ninh's, between Hà Nội, Bắc Giang and Hưng Yên).
    const coarse = spotsAround(at, step, rings, ground, inland, projection).filter(mine);
    const fine = spotsAround(at, step / 2, 2 * rings, ground, inland, projection).filter(mine);
    const landward = towardNeighbours(place, known);
    const sides = (c: Candidate) => c.off <= INLAND_SECTOR * Math.PI;
    // Its own land full: with one of its nodes already there, at most GATHER on a spot (a cluster
    // that small is named, and splits at the deepest zoom), rather than at sea off a coast.
    const placed: { c: Candidate; n: number }[] = [];
    const gathered = () =>
      (placed.find((s) => s.n < GATHER && (sides(s.c) || landward(s.c))) ?? placed.find((s) => s.n < GATHER))?.c;
    return {
      placed,
      ids,
      // Its side, then toward a place of its country (its land: Quảng Ninh's north, not Hạ Long Bay),
      // then gathered there, then all around close by (no place of its country shows where its land is).
      free: [
        firstFree([...coarse.filter(sides), ...fine.filter(sides)]),
        firstFree([...coarse.filter(landward), ...fine.filter(landward)]),
        gathered,
        firstFree(fine.filter((c) => c.ring <= 2 * AROUND_RINGS)),
      ],
      // No room left on its own land: its nearest spot there clear of the places, gathered with others.
      nearest: fine.find((c) => !places.within(c.p, step / 2 - 1e-6)) ?? fine[0] ?? { p: at, deg: 0, off: 0, ring: 0 },
    };
  });
  const spot: Positions = {};
  // Spots for every node the client knows, handed out once: a shown node keeps its spot whatever is filtered.
  for (let i = 0; fans.some((f) => i < f.ids.length); i++)
    for (const fan of fans) {
      const id = fan.ids[i];
      if (id === undefined) continue;
      const c = fan.free.reduce<Candidate | undefined>((found, next) => found ?? next(), undefined) ?? fan.nearest;
      const p = c.p;
      const there = fan.placed.find((s) => s.c === c);
      if (there) there.n++;
      else fan.placed.push({ c, n: 1 });
      spot[id] = p;
      taken.add(p);
    }
  nodes.forEach((n) => {
    if (!pos[n.id()] && spot[n.id()]) pos[n.id()] = spot[n.id()]!;
  });
}

/**
 * Every node's point on the map: localities at their coordinates; people, companies and bodies
 * beside the one place each belongs to (placeByAnchors); the rest in a row below. Markers
 * that come too close on screen are fanned out or gathered there, never moved here (geo-cluster.ts).
 */
export function geoPositions(
  nodes: cytoscape.NodeCollection,
  /** Every node the client knows (filtered and hidden too): where each node belongs is read from them all. */
  known: cytoscape.NodeCollection = nodes,
  span = 900 + 25 * nodes.length,
): Positions {
  const located = nodes.filter((n) => typeof n.data('lat') === 'number' && typeof n.data('lon') === 'number');
  const pos: Positions = {};
  const projection = projectionFor(nodes, span);
  if (projection) {
    located.forEach((n) => void (pos[n.id()] = projection.project(n.data('lon') as number, n.data('lat') as number)));
    placeByAnchors(nodes, known, pos, projection, span * 0.03);
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

/**
 * The map's nodes moved to their exact layout points where they stand within `within` model units
 * of them: a share link carries points rounded to whole units, and markers fanned and gathered from
 * rounded points differed from the sender's ('Nguyễn Xuân Ký +2' against '+3', walk 23, 5). A node
 * farther from its layout point (laid out with other nodes, dragged) keeps its own.
 */
export function snapToLayout(nodes: cytoscape.NodeCollection, known: cytoscape.NodeCollection, within = 0.5): void {
  const exact = geoPositions(nodes, known);
  nodes.forEach((n) => {
    const [p, q] = [exact[n.id()], n.position()];
    if (p && Math.abs(p.x - q.x) <= within && Math.abs(p.y - q.y) <= within) n.position(p);
  });
}
