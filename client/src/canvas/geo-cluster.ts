// Which of the map's markers are drawn on their own point, fanned out, or gathered into a cluster,
// at the current zoom: the rules of map tools (Leaflet.markercluster, Mapbox clusters), in screen
// pixels. Markers whose points lie closer than CLUSTER_PX join one group; a group is drawn as one
// cluster marker at the group's true centroid, unless it is small enough to fan out around that
// centroid without spreading far (then each marker is tied to its point by a leader line).
// Zooming in pulls groups apart, so clusters split progressively. A pure function, unit-tested.
import { bearing, type Point } from './geo-fan.ts';
import { placePlaces, type PlaceBoard } from './geo-place-fan.ts';
import { besideOwnPlace, gatherAstray, landNear, onOwnSide } from './geo-shore.ts';

/** Markers whose points are closer than this (screen px) are gathered. */
export const CLUSTER_PX = 30;
/** The largest group that may fan out instead of clustering, and how far a marker may be drawn from its point. */
export const MAX_FAN = 6;
export const MAX_FAN_RADIUS = 60;
export const GAP = 6;
/** A place's name line on screen (12 px type and its air): a cluster beside its place leaves it that room. */
const NAME_ROOM = 14;
/** How far (screen px) from its point a body may be set to stand on land rather than at sea. */
export const LAND_REACH = 120;
/** How far (screen px) a cluster of nodes placed by their links may be set from its place's marker. */
const SIDE_REACH = 120;

export interface MarkerItem {
  id: string;
  /** The marker's true point on screen. */
  home: Point;
  /** The marker's radius on screen. */
  r: number;
  /** A place with coordinates of its own (not placed by its links): a fan keeps it on its point. */
  anchored?: boolean;
  /**
   * Never hidden in a cluster: selected, or on a highlighted result (a path kept Bắc Ninh inside
   * "Bắc Ninh +1" after a resize, losing a leg). It is fanned, or left on its point.
   */
  keep?: boolean;
  /** A node placed by its links: the places (with points of their own) it links to, on screen. */
  anchors?: { id: string; home: Point }[];
}

export type GroupMode = 'single' | 'fan' | 'cluster';

export interface MarkerGroup {
  /**
   * Members, in the order they were given (callers give them best-ranked first); a cluster beside a
   * place has that place's own members first (the first names it).
   */
  ids: string[];
  /**
   * The mean of the true points of the members with coordinates of their own (of all members when
   * none has): a node placed by its links has no point of its own to pull a cluster off its places.
   */
  centre: Point;
  mode: GroupMode;
  /** Where a cluster's marker is drawn, when not on its centre (set beside the places' markers). */
  at?: Point;
  /** A cluster of nodes placed by their links: the place it is centred on (derivedCluster). */
  anchor?: string;
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
export const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** The place most of a group of nodes placed by their links link to, if any (derivedCluster). */
export function anchorPlace(g: MarkerItem[]): { id: string; home: Point } | undefined {
  const count = new Map<string, { id: string; home: Point; n: number }>();
  for (const it of g)
    for (const [id, home] of new Map((it.anchors ?? []).map((x) => [x.id, x.home])))
      count.set(id, { id, home, n: (count.get(id)?.n ?? 0) + 1 });
  let best: { id: string; home: Point; n: number } | undefined;
  for (const c of count.values()) if (!best || c.n > best.n || (c.n === best.n && c.id < best.id)) best = c;
  return best;
}

/**
 * Where a cluster of nodes placed by their links is centred: on the place most of them link to
 * (ties to the first by id: the same graph gives the same place whatever order its elements came
 * in, where a share link put the events cluster in Laos or in the Gulf of Tonkin, walk 9, 5), not at their mean, which for events
 * linked to both Vietnamese and Chinese places lies at sea (walk 8, 4). The mean of the members'
 * points when none links to a place.
 */
export function derivedCluster(g: MarkerItem[]): Pick<MarkerGroup, 'centre' | 'anchor' | 'ids'> {
  const a = anchorPlace(g);
  if (!a) return { centre: mean(g.map((it) => it.home)), ids: g.map((it) => it.id) };
  // Named after its place's best-ranked member (its name reads as the place's, not a neighbour's:
  // Hà Nội's cluster was named after Bắc Ninh's People's Committee), the others in rank order after.
  const own = (it: MarkerItem) => (it.anchors ?? []).some((x) => x.id === a.id);
  const ids = [...g.filter(own), ...g.filter((it) => !own(it))].map((it) => it.id);
  return { centre: a.home, anchor: a.id, ids };
}

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

/** The free spot nearest `home` on `rings` rings a step apart, tried outward from `away` (radians) first. */
export function spotNear(
  home: Point,
  away: number,
  step: number,
  free: (p: Point) => boolean,
  rings = 3,
): Point | null {
  for (let k = 1; k <= rings; k++) {
    const n = 6 * k;
    for (let i = 0; i < n; i++) {
      const a = away + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * ((2 * Math.PI) / n);
      const p = { x: home.x + k * step * Math.cos(a), y: home.y + k * step * Math.sin(a) };
      if (free(p)) return p;
    }
  }
  return null;
}

/** Past the rings spotNear tries: where a marker goes when none of their spots is free. */
const beyond = (home: Point, away: number, step: number): Point => ({
  x: home.x + 4 * step * Math.cos(away),
  y: home.y + 4 * step * Math.sin(away),
});

/**
 * The fan of a small group of nodes placed by their links, moving as little as it can: each stays
 * on its point where there is room (best-ranked first), the rest are set beside their points,
 * outward from the group's centre.
 */
function fanOf(g: MarkerItem[], c: Point): { drawn: Map<string, Point>; reach: number } {
  const r = Math.max(...g.map((it) => it.r));
  const rOf = new Map(g.map((it) => [it.id, it.r]));
  const drawn = new Map<string, Point>();
  const free = (p: Point, rp: number) => [...drawn].every(([id, q]) => dist(p, q) >= rp + rOf.get(id)! + GAP - 0.01);
  for (const it of g) if (free(it.home, it.r)) drawn.set(it.id, it.home);
  for (const it of g) {
    if (drawn.has(it.id)) continue;
    // Members on the group's centre go out the way their place lies behind them (else up).
    const place = it.anchors?.[0]?.home;
    const away = bearing(c, it.home, place ? bearing(place, it.home) : undefined);
    const step = it.r + r + GAP;
    drawn.set(it.id, spotNear(it.home, away, step, (p) => free(p, it.r)) ?? beyond(it.home, away, step));
  }
  return { drawn, reach: Math.max(...[...drawn.values()].map((p) => dist(p, c))) + r };
}

/**
 * The map's markers at this zoom. Places (markers with coordinates of their own) stay on their
 * points or move a short way that keeps each on its own side of the others (geo-place-fan.ts); a
 * crowd of places that cannot is gathered. Nodes placed by their links gather into clusters near
 * their places, set beside the places' markers rather than over them. `canSplit` is false at the
 * deepest zoom, where a group cannot be pulled apart any more: it fans out whatever its size.
 * `landOf`: which land a screen point lies on (a country's index; -1: at sea), once the map's
 * countries are known: a body moved aside stays on its own point's land (geo-shore.ts).
 */
export function markerGroups(items: MarkerItem[], canSplit = true, landOf?: (p: Point) => number): MarkerGroup[] {
  const byId = new Map(items.map((it, i) => [it.id, { it, i }]));
  const anchored = items.filter((it) => it.anchored);
  const placeBoard: PlaceBoard = { places: anchored, drawn: new Map(), taken: [], groups: [] };
  // Crowds in rank order of their best member (gatherGroups keeps members in the order given).
  const crowds = gatherGroups(anchored).sort((a, b) => byId.get(a[0]!.id)!.i - byId.get(b[0]!.id)!.i);
  const places = placePlaces(crowds, placeBoard, canSplit);
  let others = resolveClashes(
    gatherGroups(items.filter((it) => !it.anchored)).map((g) => groupOf(g, canSplit)),
    byId,
    canSplit,
  );
  const board: Board = {
    byId,
    landOf,
    // Where each place's marker is drawn (a gathered place: its cluster's marker).
    placeAt: new Map(
      places.flatMap((g) =>
        g.ids.map((id) => [id, g.mode === 'cluster' ? (g.at ?? g.centre) : g.drawn.get(id)!] as const),
      ),
    ),
    placeMarks: places.flatMap((g) => marksOf(g, byId)),
  };
  let drawn = setAside(others, board);
  // A body moved off its own land reads as nowhere, or as another country's (Quảng Ninh's councils in
  // the Gulf of Tonkin and on Hainan, walks 19 to 22), and one moved far or nearer another place as
  // that place's (walk 29): with no free spot of its own near, it joins its place's cluster.
  for (let round = 0; canSplit && round < 5; round++) {
    const gathered = gatherAstray(others, drawn, board, canSplit);
    if (!gathered) break;
    others = gathered;
    drawn = setAside(others, board);
  }
  return [...places, ...drawn];
}

/** Whether two screen points lie on one land (always, when the map's countries are not known). */
export const sameLand = ({ landOf }: Board, a: Point, b: Point): boolean => !landOf || landOf(a) === landOf(b);

export type Board = {
  byId: Ranked;
  landOf: ((p: Point) => number) | undefined;
  placeAt: Map<string, Point>;
  placeMarks: Mark[];
};

/** The groups as drawn clear of the places and of each other, in order (copies: `groups` is kept as it was). */
function setAside(groups: MarkerGroup[], board: Board): MarkerGroup[] {
  const taken = [...board.placeMarks];
  return groups.map((g0) => {
    const g = { ...g0, drawn: new Map(g0.drawn) };
    stepAside(g, taken, board);
    taken.push(...marksOf(g, board.byId));
    return g;
  });
}

export type Mark = { p: Point; r: number };
export type Ranked = Map<string, { it: MarkerItem; i: number }>;

/** Where a group's markers are drawn: its members (alone or fanned), or its one cluster marker. */
const marksOf = (g: MarkerGroup, byId: Ranked): Mark[] =>
  g.mode === 'cluster'
    ? [{ p: g.at ?? g.centre, r: clusterPx(g.ids.length) / 2 }]
    : [...g.drawn].map(([id, p]) => ({ p, r: byId.get(id)!.it.r }));

/**
 * A fan's markers may not run into a neighbouring group's: the two fan out as one if that still
 * fits, else the fan is gathered into its cluster.
 */
function resolveClashes(groups: MarkerGroup[], byId: Ranked, canSplit: boolean): MarkerGroup[] {
  const clash = (a: MarkerGroup, b: MarkerGroup) =>
    dist(a.centre, b.centre) < a.reach + b.reach + 2 &&
    marksOf(a, byId).some((x) => marksOf(b, byId).some((y) => dist(x.p, y.p) < x.r + y.r + 2));
  // Only a fan with no kept member may be gathered into its cluster.
  const mayGather = (g: MarkerGroup) => g.ids.every((id) => !byId.get(id)!.it.keep);
  for (let round = 0; round < 50; round++) {
    const a = groups.find((g) => g.mode === 'fan' && mayGather(g) && groups.some((b) => b !== g && clash(g, b)));
    if (!a) break;
    const b = groups.find((g) => g !== a && clash(a, g))!;
    const union = [...a.ids, ...b.ids].map((id) => byId.get(id)!).sort((x, y) => x.i - y.i);
    const joint =
      b.mode !== 'cluster'
        ? groupOf(
            union.map((u) => u.it),
            canSplit,
            false,
          )
        : null;
    if (joint?.mode === 'fan') {
      groups.splice(groups.indexOf(a), 1, joint);
      groups.splice(groups.indexOf(b), 1);
    } else if (!canSplit) break;
    else {
      const members = a.ids.map((id) => byId.get(id)!.it);
      const at = members.some((it) => it.anchored) ? { centre: a.centre } : derivedCluster(members);
      Object.assign(a, { mode: 'cluster', ...at, drawn: new Map(), reach: clusterPx(a.ids.length) / 2 });
    }
  }
  return groups;
}

/**
 * The free spot nearest `at` (beyond a marker's radius `r`) that `ok` accepts, within SIDE_REACH px;
 * of spots as near, the one nearest the bearing `toward` (radians, screen axes).
 */
export function spotAround(at: Point, r: number, ok: (p: Point) => boolean, toward = -Math.PI / 2): Point | null {
  for (let d = r + GAP; d <= SIDE_REACH; d += 2)
    for (let k = 0; k < 36; k++) {
      const a = toward + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * (Math.PI / 18);
      const p = { x: at.x + d * Math.cos(a), y: at.y + d * Math.sin(a) };
      if (ok(p)) return p;
    }
  return null;
}

/** The bearing (screen) from a cluster's place to the mean of its members standing beside that place (else all). */
function sideOfMembers(g: MarkerGroup, anchor: Point, byId: Ranked): number | undefined {
  const items = g.ids.map((id) => byId.get(id)!.it);
  const own = items.filter((it) => it.anchors?.length === 1 && it.anchors[0]!.id === g.anchor);
  const m = mean((own.length ? own : items).map((it) => it.home));
  return dist(m, anchor) < 0.5 ? undefined : Math.atan2(m.y - anchor.y, m.x - anchor.x);
}

/**
 * Moves a group's markers that would cover markers already drawn to the nearest free spots, clear
 * of the group's other markers too (two fanned members moved aside must not land on one spot).
 */
function stepAside(g: MarkerGroup, taken: Mark[], board: Board): void {
  const { byId, placeAt, landOf } = board;
  const land = (p: Point) => !landOf || landOf(p) >= 0;
  const free = (p: Point, r: number, marks = taken) => marks.every((t) => dist(p, t.p) >= r + t.r + GAP - 0.01);
  type Ring = (want: (q: Point) => boolean) => Point | null;
  /**
   * Where a marker at `p` that would cover one already drawn goes: the first spot `tries` finds
   * (each may search the rings about `p` for a free spot it wants), else the nearest free spot.
   */
  const aside = (p: Point, r: number, marks = taken, tries: ((ring: Ring) => Point | null)[] = []): Point => {
    if (free(p, r, taken)) return p;
    const near = taken.reduce((a, b) => (dist(a.p, p) - a.r <= dist(b.p, p) - b.r ? a : b));
    const away = bearing(near.p, p);
    const step = r + near.r + GAP;
    const ring: Ring = (want) => spotNear(p, away, step, (q) => free(q, r, marks) && want(q));
    for (const t of tries) {
      const q = t(ring);
      if (q) return q;
    }
    return ring(() => true) ?? beyond(p, away, step);
  };
  const onLandFirst = [(ring: Ring) => ring(land)];
  if (g.mode === 'cluster') {
    const r = clusterPx(g.ids.length) / 2;
    const anchor = g.anchor === undefined ? undefined : placeAt.get(g.anchor);
    if (!anchor) return void (g.at = aside(g.centre, r, taken, onLandFirst));
    // Nearer its place's marker than any other place's, so it is not read as belonging to another
    // (pushed 67 px by the crowd, the events cluster read as Lào Cai's, walk 8, 4).
    const others = [...placeAt.values()].filter((p) => dist(p, anchor) > 0.5);
    // A name's line clear around its own place: drawn against the place's marker, the cluster took the
    // name's room above and right, pushing Hà Nội's name onto Xaysomboun's at 1024 (walk 9, 5).
    const roomy = taken.map((t) => (dist(t.p, anchor) < 0.5 ? { ...t, r: t.r + NAME_ROOM } : t));
    // On its members' land: a cluster of Quảng Ninh's bodies across the Gulf on China's coast reads as
    // China's (and Quảng Ninh's own point lies just off the 1:50m coast: its land is its bodies').
    const home = g.ids.map((id) => byId.get(id)!.it.home).find((h) => landOf?.(h) !== -1) ?? anchor;
    const theirs = (p: Point) =>
      free(p, r, roomy) && sameLand(board, p, home) && others.every((o) => dist(p, anchor) < dist(p, o));
    // On the side of its place where its members stand (the layout put them on its land, toward the
    // rest of its country): Beijing's cluster went north of it, outside the map's rim.
    const toward = sideOfMembers(g, anchor, byId);
    const spot = spotAround(anchor, r, theirs, toward);
    if (spot) return void (g.at = spot);
    // No room for the name within reach that is still nearer its own place: against its marker, as
    // before, on its members' land where there is room (else Hainan's coast took Quảng Ninh's cluster).
    const tight = (p: Point) => free(p, r) && others.every((o) => dist(p, anchor) < dist(p, o));
    const tightOnLand = spotAround(anchor, r, (p) => tight(p) && sameLand(board, p, home), toward);
    if (tightOnLand) return void (g.at = tightOnLand);
    const close = aside(g.centre, r, taken, [(ring) => ring((p) => sameLand(board, p, home))]);
    return void (g.at = tight(close) ? close : (spotAround(anchor, r, tight, toward) ?? close));
  }
  for (const [id, p] of g.drawn) {
    const it = byId.get(id)!.it;
    const mine = [...g.drawn].filter(([m]) => m !== id).map(([m, q]) => ({ p: q, r: byId.get(m)!.it.r }));
    const marks = [...taken, ...mine];
    // Moved aside, a body takes free land of its own point's country (at sea it reads as nowhere, on
    // China's coast across the Gulf as China's: walk 22, 1) on its place's side, within LAND_REACH of
    // its point, else such land nearer its point, else its land on any side, else any free spot. A
    // kept body (selected, on a result) is only set clear of the others: a result fitted to the view
    // keeps it in view (walk 10, 4), and it is never gathered.
    const ownSide = onOwnSide(it, board);
    const onLandHome = !!landOf && land(it.home) && !it.keep;
    const near = (x: Point) => dist(x, it.home) <= LAND_REACH;
    const itsLand = (x: Point) => sameLand(board, x, it.home);
    const q = aside(
      p,
      it.r,
      marks,
      onLandHome
        ? [
            (ring) => ring((x) => near(x) && itsLand(x) && ownSide(x)),
            () => landNear(it, p, marks, board),
            () => besideOwnPlace(it, marks, board),
            (ring) => ring((x) => near(x) && itsLand(x)),
          ]
        : [],
    );
    g.drawn.set(id, itsLand(q) || !onLandHome ? q : (landNear(it, q, marks, board) ?? q));
  }
}

/**
 * One group: alone, fanned (at most MAX_FAN markers moved off their points, none farther than
 * MAX_FAN_RADIUS), or a cluster; fanned whatever its size when it has a kept member (`keptFan`).
 */
export function groupOf(g: MarkerItem[], canSplit: boolean, keptFan = true): MarkerGroup {
  const placed = g.filter((it) => it.anchored);
  const centre = mean((placed.length ? placed : g).map((it) => it.home));
  const ids = g.map((it) => it.id);
  if (g.length === 1) return { ids, centre, mode: 'single', drawn: new Map([[ids[0]!, g[0]!.home]]), reach: g[0]!.r };
  const fan = fanOf(g, centre);
  const off = g.map((it) => dist(fan.drawn.get(it.id)!, it.home));
  const fits = off.filter((d) => d > 0.5).length <= MAX_FAN && off.every((d) => d <= MAX_FAN_RADIUS);
  if (fits || !canSplit || (keptFan && g.some((it) => it.keep))) return { ids, centre, mode: 'fan', ...fan };
  const at = placed.length ? { centre } : derivedCluster(g);
  return { ids, ...at, mode: 'cluster', drawn: new Map(), reach: clusterPx(g.length) / 2 };
}
