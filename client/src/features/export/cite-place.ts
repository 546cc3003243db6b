// Where a link's source number sits in a picture, as geometry: on its link, never under a node or on
// an arrowhead, never touching another number, and off the node names (at most a corner on one). Each number
// slides along its link's drawn path (straight or curved), from the middle out both ways, a few
// pixels a step; only where no spot along the link is free does it sit beside the link, touching
// it; where no spot is free at all it is left off. cite-spots.ts applies it to a Cytoscape view.
import { type Box, grownBy, overlaps } from '../../canvas/label-boxes.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  w: number;
  h: number;
}

/** What a number keeps clear of, in model units. */
export interface Ground {
  /** Never under: node bodies and arrowheads. */
  hard: Box[];
  /** Best not on: the node names shown (a number on a name makes both unreadable). */
  soft?: Box[];
  /** Best not nearer a name than this either: "Goertek 5", the number 4 px after it, read as one (walk 34, C14). */
  nameAir?: number;
  /** Numbers already placed: kept `air` apart. */
  placed?: Box[];
  air?: number;
  /**
   * The picture's frame: a number lies wholly inside it. A link that only crosses a zoomed-in view
   * was numbered at its middle, off the picture, and counted as drawn (walk 26, 3).
   */
  within?: Box;
  /** Distance between two spots tried along a link. */
  step?: number;
}

/** A numbered link: where its drawn path runs (u from source 0 to target 1) and its number's box. */
export interface CiteLink {
  at: (u: number) => Point;
  size: Size;
  /**
   * The paths of the links its number stands for with it (parallel links between the same two
   * nodes, numbered as one label): the number may sit on any of them. Walk 31, 2: five parallel
   * SIGNED links' label had no room on the middle one, by a star, and all 8 of its numbers were
   * left off while the outer curves were clear.
   */
  alt?: ((u: number) => Point)[];
}

/** Spots are tried between these fractions of the link (its ends are inside its nodes). */
const U_MIN = 0.03;

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

export const boxAt = (p: Point, size: Size): Box => ({
  x1: p.x - size.w / 2,
  y1: p.y - size.h / 2,
  x2: p.x + size.w / 2,
  y2: p.y + size.h / 2,
});

const contains = (outer: Box, b: Box) => b.x1 >= outer.x1 && b.y1 >= outer.y1 && b.x2 <= outer.x2 && b.y2 <= outer.y2;

/** A point of the link's drawn curve: a straight line, a quadratic through one control point, or a polyline. */
export function pointOnLink(s: Point, t: Point, ctrl: Point[], u: number): Point {
  if (ctrl.length === 1) {
    const c = ctrl[0]!;
    const a = (1 - u) * (1 - u);
    const b = 2 * (1 - u) * u;
    return { x: a * s.x + b * c.x + u * u * t.x, y: a * s.y + b * c.y + u * u * t.y };
  }
  const pts = [s, ...ctrl, t];
  const k = Math.min(pts.length - 2, Math.floor(u * (pts.length - 1)));
  const f = u * (pts.length - 1) - k;
  return { x: pts[k]!.x + (pts[k + 1]!.x - pts[k]!.x) * f, y: pts[k]!.y + (pts[k + 1]!.y - pts[k]!.y) * f };
}

/** The drawn path's length, measured on 32 chords. */
function pathLength(at: (u: number) => Point): number {
  let len = 0;
  for (let k = 1; k <= 32; k++) {
    const [a, b] = [at((k - 1) / 32), at(k / 32)];
    len += Math.hypot(b.x - a.x, b.y - a.y);
  }
  return len;
}

/** The fractions of the link tried, about `step` apart along it: the middle, then out both ways. */
export function slideSteps(at: (u: number) => Point, step: number): number[] {
  const du = Math.min(0.04, step / (pathLength(at) || 1));
  const us = [0.5];
  for (let k = 1; 0.5 - k * du >= U_MIN; k++) us.push(0.5 - k * du, 0.5 + k * du);
  return us;
}

/**
 * The spot beside the link at u, square to it, on the side `sign`, where the number's box (centred)
 * just touches the link; null where that puts its middle further off than its own height (a wide
 * number beside a steep link, which would read as belonging elsewhere).
 */
function beside(at: (u: number) => Point, u: number, size: Size, sign: number): Point | null {
  const a = at(Math.max(0, u - 0.01));
  const b = at(Math.min(1, u + 0.01));
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const [nx, ny] = [-(b.y - a.y) / len, (b.x - a.x) / len];
  const d = Math.abs(nx) * (size.w / 2) + Math.abs(ny) * (size.h / 2);
  if (d > size.h) return null;
  const p = at(u);
  return { x: p.x + sign * nx * d, y: p.y + sign * ny * d };
}

/** The most of a number's box a name may lie under: a corner's touch, not a word's worth. */
const NAME_SLIVER = 0.12;

/** A spot a number may take: on its link or beside it, and how much of node names it covers. */
interface Candidate {
  p: Point;
  box: Box;
  onLink: boolean;
  soft: number;
}

/** A spot's order of preference: on the link clear of names, on it over a sliver of one, beside it, beside over a name. */
const rank = (c: Candidate) => (c.soft > 0 ? 1 : 0) + (c.onLink ? 0 : 2);

/**
 * The spots tried on the paths, in order: on them, the middles first then out both ways (each
 * distance on every path before the next), then beside them in the same order.
 */
function spotsAlong(paths: ((u: number) => Point)[], size: Size, step: number) {
  const us = paths.map((at) => slideSteps(at, step));
  const rounds = Math.max(...us.map((u) => u.length));
  const order: { at: (u: number) => Point; u: number }[] = [];
  for (let k = 0; k < rounds; k++)
    paths.forEach((at, path) => {
      const u = us[path]![k];
      if (u !== undefined) order.push({ at, u });
    });
  return [
    ...order.map(({ at, u }) => ({ p: at(u), onLink: true })),
    ...order.flatMap(({ at, u }) =>
      [beside(at, u, size, 1), beside(at, u, size, -1)].flatMap((p) => (p ? [{ p, onLink: false }] : [])),
    ),
  ];
}

/**
 * Every spot of the link clear of the hard obstacles, best first: on the link clear of names
 * (middle first), beside it clear of names, then those covering least of a name (on the link first).
 */
function candidates(link: CiteLink, g: Ground): Candidate[] {
  const spots = spotsAlong([link.at, ...(link.alt ?? [])], link.size, g.step ?? 2);
  const out: Candidate[] = [];
  for (const { p, onLink } of spots) {
    const box = boxAt(p, link.size);
    if (g.within && !contains(g.within, box)) continue;
    if (g.hard.some((o) => overlaps(box, o))) continue;
    const on = (b: Box) => (g.soft ?? []).reduce((sum, o) => sum + overlapArea(b, o), 0);
    // A number over more than a sliver of a name makes both unreadable ("L28 Sơn", walk 20, 2): it
    // is left off the picture rather (the list says so and why). One close beside a name is only
    // ranked after the spots clear of names.
    if (on(box) > NAME_SLIVER * (box.x2 - box.x1) * (box.y2 - box.y1)) continue;
    const soft = on(grownBy(box, g.nameAir ?? 0));
    out.push({ p, box, onLink, soft });
  }
  // A stable sort: the middle-out order holds within a rank (and within equal overlap).
  return out.sort((a, b) => rank(a) - rank(b) || (a.soft > 0 && b.soft > 0 ? a.soft - b.soft : 0));
}

/** How many spots a link has left on its path (clear of names where it has any such), for choosing who goes next. */
function room(options: Candidate[], taken: Set<Candidate>): number {
  const on = options.filter((c) => c.onLink && !taken.has(c));
  return on.filter((c) => c.soft === 0).length || on.length || Infinity;
}

/** Of a link's best free spots (the first few of its best rank), the one that takes least room from links still to place. */
function leastInTheWay(free: Candidate[], others: Candidate[][], taken: Set<Candidate>, air: number): Candidate {
  const best = free.filter((c) => rank(c) === rank(free[0]!)).slice(0, 15);
  const lefts = others.map((o) => o.filter((x) => x.onLink && !taken.has(x))).filter((l) => l.length);
  let pick = { c: free[0]!, cost: Infinity };
  for (const c of best) {
    const mine = grownBy(c.box, air);
    let cost = 0;
    for (const left of lefts) {
      const hit = left.filter((x) => overlaps(mine, x.box)).length;
      if (hit) cost += hit / left.length;
    }
    if (cost < pick.cost) pick = { c, cost };
  }
  return pick.c;
}

/**
 * A spot for each link's number, or null where every spot is under a node or arrowhead or touches
 * a number already placed. The link with the fewest spots left on its path goes next (a link in the
 * crowd would lose its only spots to one with room to spare), lower index first among equals, and
 * takes the spot that leaves the others most room.
 */
export function placeApart(links: CiteLink[], g: Ground): (Point | null)[] {
  const air = g.air ?? 0;
  const options = links.map((l) => candidates(l, g));
  // Spots a placed number (with its air) covers: no other number may take them.
  const taken = new Set<Candidate>();
  const take = (b: Box) =>
    options.forEach((o) => o.forEach((c) => void (overlaps(grownBy(c.box, air), b) && taken.add(c))));
  (g.placed ?? []).forEach(take);
  const spots: (Point | null)[] = links.map(() => null);
  const waiting = new Set(links.map((_, i) => i));
  while (waiting.size) {
    let i = -1;
    for (const k of waiting) if (i < 0 || room(options[k]!, taken) < room(options[i]!, taken)) i = k;
    waiting.delete(i);
    const free = options[i]!.filter((c) => !taken.has(c));
    if (!free.length) continue;
    const others = [...waiting].map((k) => options[k]!);
    const pick = leastInTheWay(free, others, taken, air);
    take(pick.box);
    spots[i] = pick.p;
  }
  return spots;
}

/** One link's spot with nothing else placed (null when every spot is under a node or arrowhead). */
export function citeSpot(at: (u: number) => Point, size: Size, obstacles: Box[]): Point | null {
  return placeApart([{ at, size }], { hard: obstacles })[0]!;
}
