// Where labels go, as pure geometry over screen boxes (no Cytoscape here, unit-tested): each label
// tries the places a map labeller tries and takes the first whose box lies inside the bounds, touches
// no box already placed and has no other node nearer than its own. declutter.ts measures the boxes
// on the canvas and applies the result.
import { LABEL_FAR as FAR, LABEL_TUCK as TUCK } from './label-place-style.ts';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a label sits beside its node; the first is the stylesheet's default (no class). */
export const LABEL_PLACES = [
  'bottom',
  'top',
  'right',
  'left',
  'bottom-right',
  'bottom-left',
  'top-right',
  'top-left',
  'bottom-far',
  'top-far',
  'right-far',
  'left-far',
  'right-in',
  'left-in',
  'top-right-in',
  'top-left-in',
  'bottom-right-in',
  'bottom-left-in',
] as const;
export const PLACE_CLASSES = LABEL_PLACES.slice(1).map((p) => `label-${p}`);
/** A name drawn apart from its marker, tied to it by a leader line (placeLabels returns its index past LABEL_PLACES). */
export const CALLOUT_CLASS = 'label-callout';

/** A place for a name away from its marker: its box, and the leader line from the marker to it (screen px). */
export interface Callout {
  box: Box;
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** Tried only once every name has had its nearer places (a long leader's box would take their room). */
  far?: boolean;
}

/** How far (screen px beyond the marker's edge) a called-out name may stand: a short leader, never across the map. */
export const CALLOUT_REACH = [12, 20, 30, 42, 56, 72] as const;
/** How far (screen px) a called-out name keeps from every marker but its own. */
export const CALLOUT_CLEAR = 10;
/** Reaches past this are the far ones. */
const NEAR_REACH = 42;
/** The ways out tried, in eighths of a half-turn from east (screen y down): sides first, then corners, then between. */
const CALLOUT_WAYS = [0, 8, 4, 12, 2, 6, 10, 14, 1, 7, 9, 15, 3, 5, 11, 13];

/**
 * The callout places of a name whose box below its node is `below`: at each reach, in each way out,
 * the box whose nearest point to the marker lies that far out, the leader stopping 2 px short of
 * both (a line that touches the text reads as a stroke of it).
 */
export function calloutBoxes(below: Box, body: Box): Callout[] {
  const [w, h] = [below.x2 - below.x1, below.y2 - below.y1];
  const c = middle(body);
  const r = Math.max(body.x2 - body.x1, body.y2 - body.y1) / 2;
  return CALLOUT_REACH.flatMap((d) =>
    CALLOUT_WAYS.map((k) => {
      const [ux, uy] = [Math.cos((k * Math.PI) / 8), Math.sin((k * Math.PI) / 8)];
      const p = { x: c.x + (r + d) * ux, y: c.y + (r + d) * uy };
      // The box beside, above or below the leader's end as the way points: its near corner or side there.
      const x1 = ux > 0.38 ? p.x : ux < -0.38 ? p.x - w : p.x - w / 2;
      const y1 = uy > 0.38 ? p.y : uy < -0.38 ? p.y - h : p.y - h / 2;
      return {
        box: { x1, y1, x2: x1 + w, y2: y1 + h },
        from: { x: c.x + (r + 1) * ux, y: c.y + (r + 1) * uy },
        to: { x: c.x + (r + d - 2) * ux, y: c.y + (r + d - 2) * uy },
        far: d > NEAR_REACH,
      };
    }),
  );
}

/** Screen px kept between two labels' boxes as drawn: names drawn end to end read as one. */
export const LABEL_AIR = 3;

export const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
export const grownBy = (b: Box, d: number): Box => ({ x1: b.x1 - d, y1: b.y1 - d, x2: b.x2 + d, y2: b.y2 + d });
const middle = (b: Box) => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });
/** The gap between two boxes along the wider of the two axes (0 when they touch or overlap). */
export const boxGap = (a: Box, b: Box) => Math.max(0, a.x1 - b.x2, b.x1 - a.x2, a.y1 - b.y2, b.y1 - a.y2);

/**
 * The label's box at each place, from the box Cytoscape drew below the node: the same size, the
 * same gap to the node's edge, moved above it or (centred on it) to its right or left. `far`: how
 * much further (screen px) the far places sit, as the stylesheet draws them at this zoom.
 */
export function candidateBoxes(below: Box, body: Box, far = FAR): Box[] {
  const w = below.x2 - below.x1;
  const h = below.y2 - below.y1;
  const gap = Math.max(0, below.y1 - body.y2);
  const midY = (body.y1 + body.y2) / 2;
  const right = { x1: body.x2 + gap, x2: body.x2 + gap + w };
  const left = { x1: body.x1 - gap - w, x2: body.x1 - gap };
  const under = { y1: body.y2 + gap, y2: body.y2 + gap + h };
  const over = { y1: body.y1 - gap - h, y2: body.y1 - gap };
  const tuck = TUCK * (body.x2 - body.x1);
  return [
    below,
    { x1: below.x1, x2: below.x2, ...over },
    { ...right, y1: midY - h / 2, y2: midY + h / 2 },
    { ...left, y1: midY - h / 2, y2: midY + h / 2 },
    // The corners: a crowded hub's name still finds a place beside the links that enter it.
    { ...right, ...under },
    { ...left, ...under },
    { ...right, ...over },
    { ...left, ...over },
    // Further off, clear of the arrowheads of the links that enter the node from below or above.
    { x1: below.x1, x2: below.x2, y1: under.y1 + far, y2: under.y2 + far },
    { x1: below.x1, x2: below.x2, y1: over.y1 - far, y2: over.y2 - far },
    { x1: right.x1 + far, x2: right.x2 + far, y1: midY - h / 2, y2: midY + h / 2 },
    { x1: left.x1 - far, x2: left.x2 - far, y1: midY - h / 2, y2: midY + h / 2 },
    // Tucked over its own marker's side or corner (a map's place only, declutter.ts): "Hà Nội"
    // between its hexagon and the unnamed Laos star 33 px west read as Laos's name (walk 22, 2).
    ...[{ y1: midY - h / 2, y2: midY + h / 2 }, over, under].flatMap((y) => [
      { x1: right.x1 - tuck, x2: right.x2 - tuck, ...y },
      { x1: left.x1 + tuck, x2: left.x2 + tuck, ...y },
    ]),
  ];
}

/** A node with its candidate label boxes, or an obstacle (a panel: hard; an arrowhead: arrow). */
export interface Item {
  id: string;
  labels: Box[];
  body: Box;
  mustShow?: boolean;
  /**
   * A name that says where its node is not ("↗ Beijing, off the map"): as a last resort it may
   * cover other nodes' markers (drawn above them), never a name, a panel or the edge.
   */
  overMarkers?: boolean;
  /**
   * A place's name on the map (a province on its own marker): it may cover the markers of nodes
   * placed there by association (`minor`), drawn above them, never a place's marker or a name.
   */
  overMinor?: boolean;
  /** The marker of a node placed by its links on the map: a place's name may cover it. */
  minor?: boolean;
  /**
   * A highlighted or chosen node's marker: no other name ever covers it, not even one that may
   * cover markers (walk 14, 4: with a whole-graph console highlight every node is chosen, and names
   * lay over the Bắc Giang hexagon and Nguyễn Xuân Ký's circle).
   */
  guarded?: boolean;
  /**
   * Set on a name that may cover only lesser markers (a country's or a province's off the map): the
   * standing of its node; markers of this standing or more it never covers (walk 24, 3: "Lạng Sơn"
   * drawn over Guangxi's hexagon read as Guangxi's name). Also the standing of this item's own
   * marker against such names (0 when unset).
   */
  standing?: number;
  coversLesser?: boolean;
  /**
   * Places apart from the marker, each tied to it by a leader line (a map's place, declutter.ts):
   * tried when no place beside the marker reads as its own, before any that may not (walk 35, 1:
   * "Hải Phòng" in the corner of its hexagon nearer Quảng Ninh's). Its leader crosses no marker or name.
   */
  callouts?: Callout[];
  /** Selected or highlighted (a path's, a result's): its name shows even over markers, last. */
  chosen?: boolean;
  /**
   * The places tried only when none of `labels` is free at any level (same indexes, the others
   * empty): a name off the map tries the sides beyond its marker first, then these, its inner sides.
   */
  fallback?: Box[];
  hard?: boolean;
  arrow?: boolean;
}

/**
 * A label box beside neither its node's sides nor its top or bottom: in one of its corners. `slack`:
 * how far the box was grown for air (a corner place 1 px off its node, grown by 2, overlapped the
 * node's side and was not taken for a corner: "Central Committee … China" top left of its diamond,
 * its middle nearer Liu Jianchao's circle, walk 32, 2).
 */
export const diagonal = (b: Box, own: Box, slack = 0) =>
  (b.x2 <= own.x1 + slack || b.x1 >= own.x2 - slack) && (b.y2 <= own.y1 + slack || b.y1 >= own.y2 - slack);

const CELL = 64;
/** The cells of the placing grid a box meets (CELL px squares). */
function keys(b: Box): string[] {
  const out: string[] = [];
  for (let i = Math.floor(b.x1 / CELL); i <= Math.floor(b.x2 / CELL); i++)
    for (let j = Math.floor(b.y1 / CELL); j <= Math.floor(b.y2 / CELL); j++) out.push(`${i}:${j}`);
  return out;
}

/**
 * A name may cover a marker only where that marker's own name does not cover this name's marker:
 * two names each over the other's marker cannot both be drawn above it ("Hải Phòng" over Quảng
 * Ninh's hexagon and "Quảng Ninh" over Hải Phòng's at Fit: walk 28, 2).
 */
function mutualCovers() {
  let mine: Box | null = null;
  const nameOf = new Map<Box, Box>();
  return {
    placing: (body: Box) => void (mine = body),
    named: (body: Box, name: Box) => void nameOf.set(body, name),
    coversMine: (o: Box) => {
      const name = nameOf.get(o);
      return !!name && !!mine && overlaps(name, mine);
    },
  };
}

/** The leader's length covered by small boxes, 3 px apart, from its marker's edge to its name. */
function leaderDots(c: Callout): Box[] {
  const len = Math.hypot(c.to.x - c.from.x, c.to.y - c.from.y);
  const n = Math.max(1, Math.ceil(len / 3));
  return Array.from({ length: n + 1 }, (_, i) => {
    const [x, y] = [c.from.x + ((c.to.x - c.from.x) * i) / n, c.from.y + ((c.to.y - c.from.y) * i) / n];
    return { x1: x - 1, y1: y - 1, x2: x + 1, y2: y + 1 };
  });
}

/** The tests placeLabels puts a name's places to, over what is placed so far. */
interface PlaceTests {
  free: (b: Box, own: Box, level: number, mustOwn?: boolean | 'centre') => boolean;
  clear: (b: Box, own: Box, level: number) => boolean;
  aloof: (b: Box, own: Box) => boolean;
  grown: (b: Box) => Box;
}

/**
 * Where one name goes, the levels tried in turn (placeLabels says what each may cover): its index
 * (past LABEL_PLACES for a callout), its box and its leader; null when it stays hidden.
 */
function placeOne(
  it: Item,
  { free, clear, aloof, grown }: PlaceTests,
  far = false,
): { at: number; box: Box; leader?: Callout } | null {
  const fits = (labels: Box[], level: number, mustOwn?: boolean | 'centre') =>
    labels.findIndex((l) => l.x2 > l.x1 && free(grown(l), it.body, level, mustOwn));
  // Apart from its marker, on a leader that crosses no marker or name (an arrowhead it may: a
  // hub's edge is ringed with them), and still nearer its own marker than any other.
  const calledOut = (level: number) =>
    (it.callouts ?? []).findIndex(
      (c) =>
        !!c.far === far &&
        free(grown(c.box), it.body, level, false) &&
        aloof(c.box, it.body) &&
        leaderDots(c).every((d) => clear(d, it.body, 1)),
    );
  const beside = (labels: Box[]) => {
    let at = fits(labels, 0);
    if (at < 0 && it.mustShow) at = fits(labels, 1);
    if (at < 0 && it.overMinor) at = fits(labels, 1.5);
    return at;
  };
  // Over markers, a spot that still reads as its own node's first (walk 18, 6: "Bắc Ninh" under
  // Nanning's square, "Lạng Sơn" over Guangxi's hexagon), then one whose middle is nearer its own
  // marker's than any other's (walk 22, 2: "Hà Nội" over a cluster's edge above it), else wherever
  // it fits.
  const overMarkers = (labels: Box[]) => {
    let at = fits(labels, 2, true);
    if (at < 0) at = fits(labels, 2, 'centre');
    if (at < 0) at = fits(labels, 2);
    return at;
  };
  // A map's place or cluster (it has callouts) never covers a marker nor stands nearer another
  // (walk 36, 1-3: "Bắc Giang +1" over Bắc Ninh's hexagon, "Hải Phòng" by a Bắc Ninh body's
  // diamond): beside its marker, else called out, else hidden; a chosen one (selected, on a path:
  // its ring or highlight says whose it is) over markers as a last resort.
  const besideOrCalledOut = (labels: Box[]) => {
    const at = far ? -1 : beside(labels);
    if (at >= 0) return at;
    let k = calledOut(0);
    if (k < 0 && it.mustShow) k = calledOut(1);
    if (k >= 0) return labels.length + k;
    return it.chosen && !far ? overMarkers(labels) : -1;
  };
  // The most linked nodes keep their names, over an arrowhead if nothing else is free.
  const first = (labels: Box[]) => {
    const at = beside(labels);
    return at < 0 && it.overMarkers ? overMarkers(labels) : at;
  };
  let labels = it.labels;
  let at = it.callouts ? besideOrCalledOut(labels) : first(labels);
  if (at < 0 && it.fallback) at = first((labels = it.fallback));
  if (at < 0) return null;
  if (at < labels.length) return { at, box: labels[at]! };
  const leader = it.callouts![at - labels.length]!;
  return { at: LABEL_PLACES.length + (at - labels.length), box: leader.box, leader };
}

/**
 * Which of the ranked labels can show without overlap, and where: the index of the first free
 * candidate box per shown label (a pure function over boxes, unit-tested), or for a name called out
 * LABEL_PLACES.length plus its callout's index. A name up to `pad` off a corner of its node is held
 * to the corner rule: it must stand nearer its own marker than any other.
 */
export function placeLabels(items: Item[], bounds?: Box, { pad = LABEL_AIR / 2 + 0.5 } = {}) {
  const grid = new Map<string, Box[]>();
  /** Arrowheads: a label that must show covers one only as a last resort (the link is then drawn on top). */
  const arrows = new Set<Box>();
  const put = (b: Box) => keys(b).forEach((k) => (grid.get(k) ?? grid.set(k, []).get(k)!).push(b));
  const grown = (b: Box): Box => grownBy(b, pad);
  const inside = (b: Box) =>
    !bounds || (b.x1 >= bounds.x1 && b.x2 <= bounds.x2 && b.y1 >= bounds.y1 && b.y2 <= bounds.y2);
  // No label is ever nearer another node than its own, at any level: else the name reads as that
  // node's (the Hà Nội square labelled "Hanoi People's Committee", "Nanning" under an official's
  // circle); such a name is hidden rather than misread. Level 0: nothing may be covered; 1 (a name
  // that must show): an arrowhead may be, the link then drawn on top.
  // 2 (a name that may cover markers): a node's body may be too.
  // 1.5 (a place's name on the map): a minor marker may be too, and may be nearer than its own.
  // A name that may cover markers never covers a guarded one.
  // `below`: a name that covers only lesser markers ignores none of this standing or more.
  let below = Infinity;
  const mutual = mutualCovers();
  const ignored = (o: Box, level: number) =>
    (level >= 1 && arrows.has(o)) ||
    (level >= 1.5 && minors.has(o)) ||
    (level >= 2 && bodies.has(o) && !guarded.has(o) && (standingOf.get(o) ?? 0) < below && !mutual.coversMine(o));
  const clear = (b: Box, own: Box, level: number) =>
    keys(b).every((k) => (grid.get(k) ?? []).every((o) => o === own || ignored(o, level) || !overlaps(o, b)));
  // A marker a name may cover does not take the name for its own where covered (the name is drawn
  // above it); a minor marker beside the name does (walk 36, 3: "Hải Phòng" by a diamond, nearer it
  // than its own hexagon).
  const ignoredNear = (o: Box, b: Box, level: number) => ignored(o, level) && (!minors.has(o) || overlaps(o, b));
  const owned = (b: Box, own: Box, level: number) => {
    const near = grownBy(b, Math.max(0, boxGap(b, own) - 0.5)); // a tie still reads as its own
    return (
      keys(near).every((k) =>
        (grid.get(k) ?? []).every((o) => o === own || !bodies.has(o) || ignoredNear(o, b, level) || !overlaps(o, near)),
      ) &&
      (!diagonal(b, own, pad) || centredOnOwn(b, own, level))
    );
  };
  // A name in a corner of its node (bottom-left, top-right...) touches it by a corner only: it reads
  // as the node nearest its middle (walk 17, 3: "Phạm Thanh Bình" bottom-left of his circle stood
  // under the Bắc Giang City square).
  const centredOnOwn = (b: Box, own: Box, level: number) => {
    const c = middle(b);
    const d = Math.hypot(c.x - middle(own).x, c.y - middle(own).y);
    const reach = { x1: c.x - d, y1: c.y - d, x2: c.x + d, y2: c.y + d };
    return keys(reach).every((k) =>
      (grid.get(k) ?? []).every(
        (o) =>
          o === own ||
          !bodies.has(o) ||
          ignoredNear(o, b, level) ||
          Math.hypot(c.x - middle(o).x, c.y - middle(o).y) >= d - 0.5,
      ),
    );
  };
  // A called-out name stands apart from every other marker (its leader says whose it is): beside
  // one it read as that one's, its short leader unseen (walk 36, 4: "Bắc Giang +1" under Cao Bằng).
  const aloof = (b: Box, own: Box) => {
    const zone = grownBy(b, CALLOUT_CLEAR);
    return keys(zone).every((k) => (grid.get(k) ?? []).every((o) => o === own || !bodies.has(o) || !overlaps(o, zone)));
  };
  // `own`: the name must still be nearer its node than any other body, even where it may cover one.
  const free = (b: Box, own: Box, level: number, mustOwn: boolean | 'centre' = level < 2) =>
    inside(b) &&
    clear(b, own, level) &&
    (!mustOwn || (mustOwn === 'centre' ? centredOnOwn(b, own, 1.5) : owned(b, own, Math.min(level, 1.5))));
  // Every node body is an obstacle for every other node's label.
  const bodies = new Set<Box>();
  const minors = new Set<Box>();
  const guarded = new Set<Box>();
  const standingOf = new Map<Box, number>();
  for (const it of items) {
    put(it.body);
    if (it.standing) standingOf.set(it.body, it.standing);
    if (it.guarded) guarded.add(it.body);
    if (!it.hard && !it.arrow) bodies.add(it.body);
    if (it.minor) minors.add(it.body);
    if (it.arrow) arrows.add(it.body);
  }
  const keep = new Map<string, number>();
  const place = (it: Item, far: boolean) => {
    below = it.coversLesser ? (it.standing ?? 0) : Infinity;
    mutual.placing(it.body);
    const got = placeOne(it, { free, clear, aloof, grown }, far);
    if (!got) return;
    keep.set(it.id, got.at);
    put(grown(got.box));
    // Later names keep off the leader too.
    if (got.leader) leaderDots(got.leader).forEach(put);
    mutual.named(it.body, got.box);
  };
  items.forEach((it) => place(it, false));
  // Then the names still hidden that may stand farther out, in rank order, round what is placed.
  items.filter((it) => it.callouts && !keep.has(it.id)).forEach((it) => place(it, true));
  return keep;
}
