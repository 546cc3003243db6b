// Where a link's source number sits in an exported picture: on its link, never under a node or on
// an arrowhead, never touching another number, and off the node names (at most a corner on one). Each number
// slides along its link's drawn path (straight or curved), from the middle out both ways, a few
// pixels a step; only where no spot along the link is free does it sit beside the link, touching
// it; where no spot is free at all it is left off the picture (and the numbered list says so).
// Cytoscape draws it there (a label margin from the link's middle, where it puts an edge label) for
// the PNG, and the SVG reads the box back.
import type cytoscape from 'cytoscape';
import type { AggregateLink } from '../../canvas/geo-fan.ts';
import type { Box } from '../../canvas/label-boxes.ts';
import { countText } from '../../canvas/link-counts.ts';
import { citeModelPx } from '../../canvas/style.ts';
import { shown } from '../../canvas/visibility.ts';

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
}

/** Spots are tried between these fractions of the link (its ends are inside its nodes). */
const U_MIN = 0.03;

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

export const boxAt = (p: Point, size: Size): Box => ({
  x1: p.x - size.w / 2,
  y1: p.y - size.h / 2,
  x2: p.x + size.w / 2,
  y2: p.y + size.h / 2,
});

const grown = (b: Box, d: number): Box => ({ x1: b.x1 - d, y1: b.y1 - d, x2: b.x2 + d, y2: b.y2 + d });

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

/**
 * Every spot of the link clear of the hard obstacles, best first: on the link clear of names
 * (middle first), beside it clear of names, then those covering least of a name (on the link first).
 */
function candidates(link: CiteLink, g: Ground): Candidate[] {
  const us = slideSteps(link.at, g.step ?? 2);
  const spots = [
    ...us.map((u) => ({ p: link.at(u), onLink: true })),
    ...us.flatMap((u) =>
      [beside(link.at, u, link.size, 1), beside(link.at, u, link.size, -1)].flatMap((p) =>
        p ? [{ p, onLink: false }] : [],
      ),
    ),
  ];
  const out: Candidate[] = [];
  for (const { p, onLink } of spots) {
    const box = boxAt(p, link.size);
    if (g.within && !contains(g.within, box)) continue;
    if (g.hard.some((o) => overlaps(box, o))) continue;
    const soft = (g.soft ?? []).reduce((sum, o) => sum + overlapArea(box, o), 0);
    // A number over more than a sliver of a name makes both unreadable ("L28 Sơn", walk 20, 2): it
    // is left off the picture rather (the list says so and why).
    if (soft > NAME_SLIVER * (box.x2 - box.x1) * (box.y2 - box.y1)) continue;
    out.push({ p, box, onLink, soft });
  }
  const rank = (c: Candidate) => (c.soft > 0 ? 1 : 0) + (c.onLink ? 0 : 2);
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
  const rank = (c: Candidate) => (c.soft > 0 ? 1 : 0) + (c.onLink ? 0 : 2);
  const best = free.filter((c) => rank(c) === rank(free[0]!)).slice(0, 15);
  const lefts = others.map((o) => o.filter((x) => x.onLink && !taken.has(x))).filter((l) => l.length);
  let pick = { c: free[0]!, cost: Infinity };
  for (const c of best) {
    const mine = grown(c.box, air);
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
    options.forEach((o) => o.forEach((c) => void (overlaps(grown(c.box, air), b) && taken.add(c))));
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

const BODY = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false };
const TEXT = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
/** Half the side of the box kept clear around an arrowhead's tip, in model units at zoom 1. */
const ARROW_R = 9;

/** Edge data: the label a link's number would have had, left off the picture for want of room. */
export const CITE_UNDRAWN = 'citeUndrawn';

/**
 * Screen px kept between two source numbers: two numbers end to end read as one ("12" "3" as "123").
 * 3 rather than 2: the boxes placed here are estimates, and as drawn they came out up to 0.6 px nearer.
 */
export const CITE_AIR = 3;

/** Screen px between two spots tried along a link. */
const CITE_STEP = 2;

const citeOrder = (e: cytoscape.EdgeSingular) => parseInt(String(e.data('cite')), 10) || 0;

const leaveOff = (e: cytoscape.EdgeSingular) => void e.data(CITE_UNDRAWN, e.data('cite')).removeData('cite');

/** Edge data: the name of the map cluster a link left off is drawn inside ("Bắc Ninh +1"), for the list to say. */
export const CITE_INSIDE = 'citeInside';

/** The cluster marker whose members hold both of the link's ends, if any. */
function clusterHolding(cy: cytoscape.Core, e: cytoscape.EdgeSingular): cytoscape.NodeSingular | undefined {
  const ends = [e.source().id(), e.target().id()];
  return cy
    .nodes('.geo-cluster')
    .filter((h) => ends.every((id) => (h.data('mapCluster')?.members as string[] | undefined)?.includes(id)))
    .toArray()[0] as cytoscape.NodeSingular | undefined;
}

const contains = (outer: Box, b: Box) => b.x1 >= outer.x1 && b.y1 >= outer.y1 && b.x2 <= outer.x2 && b.y2 <= outer.y2;

/** The hard and soft obstacles of the view and its frame, in model units. */
function groundOf(cy: cytoscape.Core, drawn: cytoscape.EdgeCollection): Ground {
  const r = ARROW_R / cy.zoom();
  const nodes = shown(cy.nodes()).filter((n) => n.visible()) as cytoscape.NodeCollection;
  const named = nodes.filter((n) => !n.hasClass('label-hidden') && !!n.style('label'));
  const heads: Box[] = drawn.map((e) => {
    const p = e.targetEndpoint();
    return { x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r };
  });
  return {
    hard: [...nodes.map((n) => n.boundingBox(BODY)), ...heads],
    soft: named.map((n) => n.boundingBox(TEXT)),
    air: CITE_AIR / cy.zoom(),
    step: CITE_STEP / cy.zoom(),
    within: cy.extent(),
  };
}

/** A map's line to a cluster that stands for numbered links: the numbers it carries and their box. */
interface CitedLine {
  line: AggregateLink;
  edges: cytoscape.EdgeSingular[];
  text: string;
  size: Size;
}

/** The lines drawn to a map's clusters in the picture whose links carry numbers (geo-markers.ts). */
let citedLines: CitedLine[] = [];

/** Each line to a cluster with numbered links: its count and their numbers, lowest first, as one label ("×3: 2, 5"). */
function linesWithNumbers(cy: cytoscape.Core, lines: AggregateLink[]): CitedLine[] {
  const font = citeModelPx(cy);
  return lines.flatMap((line) => {
    const edges = line.edges
      .map((id) => cy.getElementById(id) as cytoscape.EdgeSingular)
      .filter((e) => e.nonempty() && !!e.data('cite'));
    const numbers = [...new Set(edges.map((e) => String(e.data('cite'))))].sort(
      (a, b) => parseInt(a, 10) - parseInt(b, 10),
    );
    if (!numbers.length) return [];
    // The line's count stays before its numbers: "×4: 12, 55" (walk 22, 3: "55" alone in place of
    // "×4" lost the count, and read as one link).
    const text = `${line.count > 1 ? `${countText(line)}: ` : ''}${numbers.join(', ')}`;
    // A bold digit is about 0.62 em wide; the box as Cytoscape's own number labels measure.
    return [
      {
        line,
        edges,
        text,
        size: { w: 0.62 * font * text.length + 2, h: 1.25 * font },
      },
    ];
  });
}

const along = (l: AggregateLink) => (u: number) => ({ x: l.x1 + (l.x2 - l.x1) * u, y: l.y1 + (l.y2 - l.y1) * u });

/**
 * Moves each numbered link's number (edge[cite]) to its spot, in model units, or leaves it off. On a
 * map, links drawn as one line to a cluster (`lines`, the basemap layer's) carry their numbers on that
 * line: walk 18, 1 found 39 of 63 numbers "not drawn on the picture" at the map's Fit, most of them
 * links to a cluster's head or members.
 */
export function placeCiteNumbers(cy: cytoscape.Core, lines: AggregateLink[] = []): void {
  // An edge Cytoscape has not drawn (its ends on one spot, or not yet placed) has no endpoints.
  const drawn = shown(cy.edges()).filter(
    (e) => !!e.sourceEndpoint() && !!e.targetEndpoint(),
  ) as cytoscape.EdgeCollection;
  restoreUndrawn(cy);
  const cited = drawn.filter((e) => !!e.data('cite') && e.source().visible() && e.target().visible());
  citedLines = linesWithNumbers(cy, lines);
  const onLines = new Set(citedLines.flatMap((l) => l.edges.map((e) => e.id())));
  // A numbered link the picture does not draw (inside one of a map's clusters) is listed as not
  // drawn, with the cluster it is inside.
  cy.edges('[cite]')
    .not(cited)
    .filter((e) => !onLines.has(e.id()))
    .forEach((e) => {
      const holder = clusterHolding(cy, e);
      if (holder) e.data(CITE_INSIDE, String(holder.data('mapCluster').title));
      leaveOff(e);
    });
  if (cited.empty() && !citedLines.length) return;
  // Lower numbers first where links have as much room (a range by its first number).
  const edges = (cited.toArray() as cytoscape.EdgeSingular[]).sort((a, b) => citeOrder(a) - citeOrder(b));
  const paths = edges.map((e) => {
    const ctrl = (e.controlPoints() as Point[] | undefined) ?? [];
    return (u: number) => pointOnLink(e.sourceEndpoint(), e.targetEndpoint(), ctrl, u);
  });
  const links = [
    ...edges.map((e, i) => {
      const box = e.boundingBox(TEXT);
      return { at: paths[i]!, size: { w: box.w, h: box.h } };
    }),
    ...citedLines.map((l) => ({ at: along(l.line), size: l.size })),
  ];
  const spots = placeApart(links, groundOf(cy, drawn));
  cy.batch(() =>
    edges.forEach((e, i) => {
      const spot = spots[i];
      if (!spot) return leaveOff(e);
      const mid = paths[i]!(0.5);
      e.style({ 'text-margin-x': spot.x - mid.x, 'text-margin-y': spot.y - mid.y });
    }),
  );
  citedLines.forEach((l, k) => {
    const spot = spots[edges.length + k];
    if (spot) l.line.cite = { text: l.text, x: spot.x, y: spot.y, size: citeModelPx(cy) };
    else l.edges.forEach(leaveOff);
  });
}

/** The numbers left off an earlier picture back on their links (a new picture places them anew). */
export function restoreUndrawn(cy: cytoscape.Core): void {
  cy.edges(`[${CITE_UNDRAWN}]`).forEach(
    (e) => void e.data('cite', e.data(CITE_UNDRAWN)).removeData(`${CITE_UNDRAWN} ${CITE_INSIDE}`),
  );
}

/** The numbers back at the links' middles (the picture is taken; what was left off stays marked). */
export function clearCiteSpots(cy: cytoscape.Core): void {
  cy.batch(() => cy.edges().removeStyle('text-margin-x text-margin-y'));
  citedLines.forEach((l) => delete l.line.cite);
  citedLines = [];
}
