// Where the map's places (markers with coordinates of their own) are drawn where they crowd. A place
// is drawn on its point, or moved a short way (PLACE_FAN_PX at most, tied to its point by a leader
// line) to a spot that keeps it on its own side of every other place: drawn, Bắc Ninh City stays
// east of Hà Nội's point and of Hà Nội's marker, as it lies. A crowd that cannot be drawn so is
// gathered into one cluster at its centroid (zooming in splits it), never spread where a reader
// would take a place for somewhere else.
import { CLUSTER_PX, clusterPx, gatherGroups, type MarkerGroup, type MarkerItem } from './geo-cluster.ts';
import { bearing, type Point } from './geo-fan.ts';

/** The farthest a place is drawn from its point (screen px): a short leader, never a neighbour's ground. */
export const PLACE_FAN_PX = 40;
/** Places closer than this (screen px) share a point: neither has a side of the other to keep. */
export const COLOCATED_PX = 12;
/**
 * A kept place (selected, highlighted) and a neighbour this far apart (screen px) or more have a
 * side each to keep: Hà Nội lies 10 px west of Bắc Ninh at Fit on a small screen, and a highlighted
 * Bắc Ninh drawn west of "Hà Nội +2" misled a reader (walk 10, 1).
 */
const KEPT_SIDE_PX = 4;
const GAP = 6;
/** The tightest crowd radius (screen px) a failing crowd is taken apart into. */
const MIN_CROWD_PX = 8;

export type Mark = { p: Point; r: number };

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const mean = (ps: Point[]): Point => ({
  x: ps.reduce((s, p) => s + p.x, 0) / ps.length,
  y: ps.reduce((s, p) => s + p.y, 0) / ps.length,
});

/** The way out of the crowd: away from the other places' points, the nearest weighing most. */
function awayFrom(it: MarkerItem, places: MarkerItem[], fallback: Point): number {
  let [x, y] = [0, 0];
  for (const q of places) {
    const d = dist(it.home, q.home);
    if (q === it || d < COLOCATED_PX || d > 3 * PLACE_FAN_PX) continue;
    x += (it.home.x - q.home.x) / (d * d);
    y += (it.home.y - q.home.y) / (d * d);
  }
  return Math.hypot(x, y) > 1e-9 ? Math.atan2(y, x) : bearing(fallback, it.home);
}

/** The nearest spot within `reach` that `ok` accepts, the way out first; null if none. */
function spotFor(home: Point, away: number, ok: (p: Point) => boolean, reach = PLACE_FAN_PX): Point | null {
  for (let d = 2; d <= reach; d += 2)
    for (let k = 0; k < 24; k++) {
      const a = away + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * (Math.PI / 12);
      const p = { x: home.x + d * Math.cos(a), y: home.y + d * Math.sin(a) };
      if (ok(p)) return p;
    }
  return null;
}

/** What the fans of earlier groups left: where places are drawn, and every marker's mark. */
export interface PlaceBoard {
  places: MarkerItem[];
  drawn: Map<string, Point>;
  taken: Mark[];
  /** The groups drawn so far. */
  groups: MarkerGroup[];
}

/** The widest a place's drawn bearing from a neighbour may turn from its true bearing (radians). */
const MAX_TURN = Math.PI / 3;
/**
 * How far (screen px) a place may be drawn past a neighbour's height (or across its meridian) that it
 * truly lies on the other side of: a third of a marker, too little to read as an order (4 px left
 * Lạng Sơn no spot at Fit but a cluster with a place 41 px away).
 */
const LEVEL_PX = 8;
/** Places less than this (screen px) apart north-south (east-west) have no order that way to keep. */
const ORDER_PX = 1;

/**
 * In a spread crowd (spreadCrowd), places farther apart than this (screen px) keep their bearing but
 * not their exact order: no reader compares the heights of markers that far apart (Hà Nội lies 7 px
 * east of China's point, 226 px south; kept east of it, no spot was left for Hà Nội in the delta at
 * Fit on a small screen).
 */
const ORDER_REACH = 3 * PLACE_FAN_PX;

/** Whether `p` seen from `from` lies within MAX_TURN of the direction (ux, uy). */
const bearingKept = (p: Point, from: Point, ux: number, uy: number, spread = false) => {
  const [vx, vy] = [p.x - from.x, p.y - from.y];
  const [v, u] = [Math.hypot(vx, vy), Math.hypot(ux, uy)];
  // North stays north and east stays east, however slight: a reader compares two markers' heights
  // (Hà Giang, 22.82°N, was drawn south of Cao Bằng, 22.67°N, when only clear differences were kept).
  const far = spread && u > ORDER_REACH;
  const keeps = (vc: number, uc: number) => far || Math.abs(uc) < ORDER_PX || vc * uc > 0 || Math.abs(vc) <= LEVEL_PX;
  return v > 0 && (vx * ux + vy * uy) / (v * u) >= Math.cos(MAX_TURN) && keeps(vx, ux) && keeps(vy, uy);
};

/**
 * Drawn at `p`, the place `it` keeps its bearing from every other place (within MAX_TURN), seen
 * from that place's point and from where its marker is drawn: it is never read as lying on another
 * side of a neighbour than it does.
 */
function keepsSides(it: MarkerItem, p: Point, board: PlaceBoard, drawn: Map<string, Point>, spread = false): boolean {
  return board.places.every((q) => {
    const [ux, uy] = [it.home.x - q.home.x, it.home.y - q.home.y];
    const apart = it.keep || q.keep ? KEPT_SIDE_PX : COLOCATED_PX;
    if (q === it || Math.hypot(ux, uy) < apart) return true;
    if (!bearingKept(p, q.home, ux, uy, spread)) return false;
    const at = drawn.get(q.id) ?? board.drawn.get(q.id);
    return !at || bearingKept(p, at, ux, uy, spread);
  });
}

/** Where a crowd's places are drawn: on their points where there is room, else the shortest honest way off. */
function fanCrowd(g: MarkerItem[], board: PlaceBoard): { drawn: Map<string, Point>; stuck: MarkerItem[] } {
  const centre = mean(g.map((it) => it.home));
  const drawn = new Map<string, Point>();
  const rOf = new Map(board.places.map((it) => [it.id, it.r]));
  const free = (p: Point, r: number) =>
    board.taken.every((t) => dist(p, t.p) >= r + t.r + GAP - 0.01) &&
    [...drawn].every(([id, q]) => dist(p, q) >= r + rOf.get(id)! + GAP - 0.01);
  for (const it of g) if (free(it.home, it.r)) drawn.set(it.id, it.home);
  const stuck: MarkerItem[] = [];
  for (const it of g) {
    if (drawn.has(it.id)) continue;
    const away = awayFrom(it, board.places, centre);
    const spot = spotFor(it.home, away, (p) => free(p, it.r) && keepsSides(it, p, board, drawn));
    if (spot) drawn.set(it.id, spot);
    else stuck.push(it);
  }
  return { drawn, stuck };
}

/** The crowd drawn as fanned (those stuck on their points), recorded on the board. */
function drawFan(g: MarkerItem[], board: PlaceBoard, fan: ReturnType<typeof fanCrowd>): MarkerGroup {
  const { drawn, stuck } = fan;
  for (const it of stuck) drawn.set(it.id, it.home);
  for (const it of g) {
    board.drawn.set(it.id, drawn.get(it.id)!);
    board.taken.push({ p: drawn.get(it.id)!, r: it.r });
  }
  const ids = g.map((it) => it.id);
  const centre = mean(g.map((it) => it.home));
  const reach = Math.max(...g.map((it) => dist(drawn.get(it.id)!, centre) + it.r));
  const alone = g.length === 1 && drawn.get(ids[0]!) === g[0]!.home;
  return { ids, centre, mode: alone ? 'single' : 'fan', drawn, reach };
}

/**
 * Drawn at `p`, a cluster of `g` leaves every kept place (drawn first, on its point) on its side of
 * each member it truly lies apart from: the crowd a highlighted place leaves is gathered around its
 * own points, never across the highlighted place.
 */
function keptOnTheirSides(g: MarkerItem[], p: Point, board: PlaceBoard): boolean {
  return board.places.every((q) => {
    const at = q.keep && !g.includes(q) ? board.drawn.get(q.id) : undefined;
    if (!at) return true;
    return g.every((m) => {
      const [ux, uy] = [m.home.x - q.home.x, m.home.y - q.home.y];
      return Math.hypot(ux, uy) < KEPT_SIDE_PX || (p.x - at.x) * ux + (p.y - at.y) * uy > 0;
    });
  });
}

/** The crowd gathered into one cluster at its centroid (beside the markers drawn there, tied to it). */
function gather(g: MarkerItem[], board: PlaceBoard): MarkerGroup {
  const centre = mean(g.map((it) => it.home));
  const r = clusterPx(g.length) / 2;
  const free = (p: Point) =>
    board.taken.every((t) => dist(p, t.p) >= r + t.r + GAP - 0.01) && keptOnTheirSides(g, p, board);
  // Set beside the markers there when it would cover one, tied to its centroid by a leader line,
  // keeping its bearing from the other places like a fanned place where it can.
  const ids = new Set(g.map((it) => it.id));
  const others = { ...board, places: board.places.filter((q) => !ids.has(q.id)) };
  const self: MarkerItem = { id: '', home: centre, r };
  const honest = (p: Point) => free(p) && keepsSides(self, p, others, new Map());
  const at = free(centre)
    ? centre
    : (spotFor(centre, awayFrom(self, others.places, centre), honest, 2 * CLUSTER_PX + r) ??
      spotFor(centre, -Math.PI / 2, free, 2 * CLUSTER_PX + r) ??
      centre);
  board.taken.push({ p: at, r });
  return {
    ids: g.map((it) => it.id),
    centre,
    mode: 'cluster',
    drawn: new Map(),
    reach: r,
    ...(at !== centre ? { at } : {}),
  };
}

/**
 * A lone place with no honest spot: gathered with the place drawn nearest its point, within
 * CLUSTER_PX (taken out of its fan), the two as one cluster at their centroid; else into a cluster
 * whose marker covers its point (Hà Nội under "Bắc Ninh +3" in a story's PDF page); with neither,
 * it stays on its point.
 */
function gatherWithNearest(it: MarkerItem, board: PlaceBoard): void {
  const near = [...board.drawn]
    .filter(([id, p]) => dist(p, it.home) < CLUSTER_PX && !board.places.find((q) => q.id === id)?.keep)
    .sort((a, b) => dist(a[1], it.home) - dist(b[1], it.home))[0];
  const other = near && board.places.find((q) => q.id === near[0]);
  const from = other && board.groups.find((grp) => grp.ids.includes(other.id));
  if (!other || !from) return joinCoveringCluster(it, board);
  from.ids = from.ids.filter((id) => id !== other.id);
  from.drawn.delete(other.id);
  if (!from.ids.length) board.groups.splice(board.groups.indexOf(from), 1);
  const i = board.taken.findIndex((t) => t.p === near[1]);
  if (i >= 0) board.taken.splice(i, 1);
  board.drawn.delete(other.id);
  board.groups.push(gather([other, it], board));
}

/** `it` gathered into the nearest cluster whose marker would cover its own, or left on its point. */
function joinCoveringCluster(it: MarkerItem, board: PlaceBoard): void {
  const markOf = (g: MarkerGroup) => g.at ?? g.centre;
  const covering = board.groups
    .filter((g) => g.mode === 'cluster' && dist(markOf(g), it.home) < it.r + clusterPx(g.ids.length) / 2 + GAP)
    .sort((a, b) => dist(markOf(a), it.home) - dist(markOf(b), it.home))[0];
  if (!covering) return void board.groups.push(drawFan([it], board, { drawn: new Map(), stuck: [it] }));
  board.groups.splice(board.groups.indexOf(covering), 1);
  const i = board.taken.findIndex((t) => t.p === markOf(covering));
  if (i >= 0) board.taken.splice(i, 1);
  // Best-ranked first, as the board's places are: the cluster is named by its best.
  const rank = new Map(board.places.map((q, k) => [q.id, k]));
  const members = [...covering.ids.map((id) => board.places.find((q) => q.id === id)!), it];
  board.groups.push(
    gather(
      members.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!),
      board,
    ),
  );
}

/** Places closer than this (screen px) stand on one spot: a spread crowd moves them as one cluster. */
const SAME_SPOT_PX = 6;

type Unit = { members: MarkerItem[]; home: Point; r: number };

/** The crowd's units drawn in this order (see spreadCrowd), or the first unit that finds no spot. */
function spreadInOrder(units: Unit[], board: PlaceBoard, middle: Point): { u: Unit; at: Point }[] | Unit {
  const taken = [...board.taken];
  const drawn = new Map<string, Point>();
  const placed: { u: Unit; at: Point }[] = [];
  for (const u of units) {
    const ok = (p: Point) =>
      taken.every((t) => dist(p, t.p) >= u.r + t.r + GAP - 0.01) &&
      u.members.every((it) => keepsSides(it, p, board, drawn, true));
    const at = ok(u.home) ? u.home : spotFor(u.home, awayFrom(u.members[0]!, board.places, middle), ok);
    if (!at) return u;
    taken.push({ p: at, r: u.r });
    u.members.forEach((it) => drawn.set(it.id, at));
    placed.push({ u, at });
  }
  return placed;
}

/**
 * A crowd no fan from its points fits (the Red River delta at Fit on a small screen), spread: in
 * rank order, each marker on its point where there is room, else at the nearest spot outward that
 * keeps its sides of every place; places on one spot (a province and its city) as one cluster. A
 * marker that finds no spot is drawn first and the others tried again around it (Hải Phòng on its
 * point, Quảng Ninh moved east of it). Clusters form only where the markers cannot be spread so:
 * null when no order fits them all.
 */
function spreadCrowd(g: MarkerItem[], board: PlaceBoard): MarkerGroup[] | null {
  const middle = mean(g.map((it) => it.home));
  let units: Unit[] = gatherGroups(g, SAME_SPOT_PX)
    .map((members) => {
      const home = mean(members.map((it) => it.home));
      return { members, home, r: members.length > 1 ? clusterPx(members.length) / 2 : members[0]!.r };
    })
    .sort((a, b) => g.indexOf(a.members[0]!) - g.indexOf(b.members[0]!));
  if (units.length < 2) return null;
  let placed: ReturnType<typeof spreadInOrder> = units[0]!;
  for (let tries = 0; tries < units.length && !Array.isArray(placed); tries++) {
    placed = spreadInOrder(units, board, middle);
    const stuck = placed;
    if (!Array.isArray(stuck)) units = [stuck, ...units.filter((u) => u !== stuck)];
  }
  if (!Array.isArray(placed)) return null;
  return placed.map(({ u, at }) => {
    board.taken.push({ p: at, r: u.r });
    u.members.forEach((it) => board.drawn.set(it.id, at));
    const ids = u.members.map((it) => it.id);
    if (u.members.length > 1) {
      const group: MarkerGroup = { ids, centre: u.home, mode: 'cluster', drawn: new Map(), reach: u.r };
      return at === u.home ? group : { ...group, at };
    }
    const mode = at === u.home ? 'single' : 'fan';
    return { ids, centre: u.home, mode, drawn: new Map([[ids[0]!, at]]), reach: dist(at, u.home) + u.r };
  });
}

/**
 * A crowd fanned honestly, else spread apart (spreadCrowd), else taken apart into tighter crowds (gathered within half the radius),
 * else gathered; its groups are added to the board's.
 */
function placeCrowd(g: MarkerItem[], board: PlaceBoard, canSplit: boolean, radius: number): void {
  const fan = fanCrowd(g, board);
  if (!fan.stuck.length || !canSplit) return void board.groups.push(drawFan(g, board, fan));
  if (g.length === 1) return gatherWithNearest(g[0]!, board);
  const spread = spreadCrowd(g, board);
  if (spread) return void board.groups.push(...spread);
  const parts = radius > MIN_CROWD_PX ? gatherGroups(g, radius / 2) : [g];
  if (parts.length === 1) return void board.groups.push(gather(g, board));
  for (const part of parts) placeCrowd(part, board, canSplit, radius / 2);
}

/**
 * The map's places, crowd by crowd (gathered within CLUSTER_PX, best-ranked crowd first): each on
 * its point where its marker has room (best-ranked first), the others moved the shortest honest
 * way. A crowd where some place finds no honest spot is taken apart into tighter crowds, and what
 * cannot be is gathered into a cluster (at the deepest zoom, those places stay on their points,
 * under their neighbours).
 */
export function placePlaces(crowds: MarkerItem[][], board: PlaceBoard, canSplit: boolean): MarkerGroup[] {
  // Kept places (selected, on a highlighted result) first, on their points or fanned a short way
  // among themselves; every crowd is then placed around them (walk 10, 1: a highlighted Bắc Ninh
  // moved west of "Hà Nội +2" when its crowd was placed before it).
  for (const g of crowds) {
    const kept = g.filter((it) => it.keep);
    if (kept.length) board.groups.push(drawFan(kept, board, fanCrowd(kept, board)));
  }
  for (const g of crowds) {
    const rest = g.filter((it) => !it.keep);
    if (rest.length) placeCrowd(rest, board, canSplit, CLUSTER_PX);
  }
  return board.groups;
}
