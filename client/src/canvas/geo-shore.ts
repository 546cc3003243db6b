// The map's markers by the sea: a body placed by its links whose own point is on land is never drawn
// at sea, where it reads as nowhere (walks 19 to 21: Quảng Ninh's councils in the Gulf of Tonkin),
// nor nearer another place's marker than its own, where it reads as that place's (walk 29: Quảng Ninh's People's Council 106 px away, south of Hải Phòng). Moved aside, it
// takes the free land nearest its point on its place's side; with none near, it joins its place's
// cluster. Pure functions over geo-cluster.ts's groups, in screen pixels.
import {
  anchorPlace,
  clusterPx,
  derivedCluster,
  dist,
  GAP,
  groupOf,
  LAND_REACH,
  sameLand,
  spotAround,
  spotNear,
  type Board,
  type Mark,
  type MarkerGroup,
  type MarkerItem,
} from './geo-cluster.ts';
import { bearing, type Point } from './geo-fan.ts';

/** The one place a node placed by its links belongs to (its cluster's). */
const placeOf = (it: MarkerItem) => anchorPlace([it])?.id;

/**
 * The groups again with each body the fan left astray (at sea or on another country's land while its
 * own point is on land, or nearer another place's marker than its own) gathered into one cluster with its place's other bodies astray and its cluster, if it has
 * one (else the body of its place nearest it, a cluster of one saying nothing); null when none is
 * astray. A body alone at its place stays where it is.
 */
export function gatherAstray(
  groups: MarkerGroup[],
  drawn: MarkerGroup[],
  board: Board,
  canSplit: boolean,
): MarkerGroup[] | null {
  const { byId, landOf } = board;
  const item = (id: string) => byId.get(id)!.it;
  const loose = drawn.filter((g) => g.mode !== 'cluster').flatMap((g) => [...g.drawn]);
  const astray = loose.filter(([id, p]) => {
    const it = item(id);
    if (it.keep || dist(p, it.home) < 0.5) return false; // on its own point, where its layout put it
    const home = landOf ? landOf(it.home) : -1;
    const offLand = home >= 0 && landOf!(p) !== home; // at sea, or on another country's coast
    return offLand || !onOwnSide(it, board, 2 * it.r)(p);
  });
  const gather = new Map<string, Set<string>>(); // place -> bodies gathered beside it
  for (const [id] of astray) {
    const place = placeOf(item(id));
    if (place === undefined) continue;
    const clustered = drawn.filter((g) => g.mode === 'cluster' && g.anchor === place).flatMap((g) => g.ids);
    const mates = new Set([...(gather.get(place) ?? []), id, ...clustered]);
    if (mates.size < 2) {
      // Its nearest unmoved neighbour of the same place keeps it company.
      const near = loose
        .filter(([m]) => m !== id && !item(m).keep && placeOf(item(m)) === place)
        .sort((a, b) => dist(a[1], item(id).home) - dist(b[1], item(id).home))[0];
      if (near) mates.add(near[0]);
    }
    if (mates.size >= 2) gather.set(place, mates);
  }
  if (!gather.size) return null;
  const taken = new Set([...gather.values()].flatMap((s) => [...s]));
  const rest = groups.flatMap((g) => {
    const left = g.ids.filter((id) => !taken.has(id));
    if (left.length === g.ids.length) return [g];
    return left.length ? [groupOf(left.map(item), canSplit)] : [];
  });
  const clusters = [...gather.values()].map((s): MarkerGroup => {
    const members = [...s].sort((a, b) => byId.get(a)!.i - byId.get(b)!.i).map(item);
    return { ...derivedCluster(members), mode: 'cluster', drawn: new Map(), reach: clusterPx(members.length) / 2 };
  });
  return [...rest, ...clusters];
}

/**
 * Whether a spot is nearer the body's own place than any other place (always, when it has none);
 * with a `margin` (screen px), whether no other place is nearer by more than that: a body a
 * marker's breadth nearer a neighbour in a crowd of markers 40 px apart still reads as its own
 * place's, one twice as far from it as from Hải Phòng does not (walk 29).
 */
export function onOwnSide(it: MarkerItem, { placeAt }: Board, margin = 0): (p: Point) => boolean {
  const own = placeAt.get(placeOf(it) ?? '');
  if (!own) return () => true;
  const others = [...placeAt.values()].filter((o) => o !== own);
  return (p) => others.every((o) => dist(p, own) < dist(p, o) + margin);
}

/**
 * A body the fan set off its own point's land: the free spot of that land nearest the point, on
 * its place's side of every other place (a body drawn nearer another place reads as that one's).
 */
export function landNear(it: MarkerItem, at: Point, marks: Mark[], board: Board): Point | null {
  const ownSide = onOwnSide(it, board);
  const ok = (p: Point) =>
    marks.every((t) => dist(p, t.p) >= it.r + t.r + GAP - 0.01) && sameLand(board, p, it.home) && ownSide(p);
  const step = 2 * it.r + GAP;
  return spotNear(it.home, bearing(it.home, at), step, ok, Math.floor(LAND_REACH / step));
}

/**
 * A body with no free land of its own near its point: the free spot of that land nearest its place's
 * marker, on its place's side of every other place (the crowd around its point may have pushed it
 * past a neighbour, where it reads as the neighbour's: walk 29). Null when its place has no marker.
 */
export function besideOwnPlace(it: MarkerItem, marks: Mark[], board: Board): Point | null {
  const own = board.placeAt.get(placeOf(it) ?? '');
  if (!own) return null;
  const ownSide = onOwnSide(it, board);
  const ok = (p: Point) =>
    marks.every((t) => dist(p, t.p) >= it.r + t.r + GAP - 0.01) && sameLand(board, p, it.home) && ownSide(p);
  return spotAround(own, it.r, ok, bearing(own, it.home));
}
