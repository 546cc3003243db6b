// Links never pass under a node they do not join: Cytoscape draws each link straight (or as its
// bundle's curve) from end to end, and one drawn across an unrelated node reads as two links
// (A→X and X→B look like A→B passing through X). After a layout, nodes lying on a link are nudged
// off it, perpendicular to it, a little at a time and never onto another node; links still blocked
// are bent around what is in their way (one control point, on the side that clears). Under the map
// places keep their points: links are only bent. A grid over the node boxes keeps it fast.
import type cytoscape from 'cytoscape';

import { lerp, ObstacleGrid, type Obstacle, type Point } from './obstacle-grid.ts';

export interface Route {
  distance: number;
  weight: number;
}

export const ROUTE = '_route';
/** The links between two nodes, drawn as one bundle: a lane each, spread `STEP` apart about the line a→b. */
interface Bundle {
  a: string;
  b: string;
  edges: { edge: cytoscape.EdgeSingular; reversed: boolean }[];
  /** How far the whole bundle is bent off the line a→b (0: as Cytoscape bundles it), and its lanes' spacing. */
  shift: Shift;
}
/** A bundle's bend, and how far apart its lanes are drawn (narrower than Cytoscape's when its fan is in the way). */
interface Shift extends Route {
  step: number;
}
/** Cytoscape's default control-point-step-size: how far apart the links of a bundle are drawn. */
const STEP = 40;
/** Narrower lane spacings tried, widest first, when a bundle's fan runs through a node. */
const STEPS = [STEP, 24, 12];
const UNROUTED: Shift = { distance: 0, weight: 0.5, step: STEP };

function bundlesOf(edges: cytoscape.EdgeCollection): Bundle[] {
  const bundles = new Map<string, Bundle>();
  edges
    .filter((e) => !e.isLoop())
    .forEach((e) => {
      const [s, t] = [e.data('source') as string, e.data('target') as string];
      const [a, b] = s < t ? [s, t] : [t, s];
      const key = `${a}\u0000${b}`;
      const bundle = bundles.get(key) ?? { a, b, edges: [], shift: UNROUTED };
      bundle.edges.push({ edge: e as cytoscape.EdgeSingular, reversed: s !== a });
      bundles.set(key, bundle);
    });
  return [...bundles.values()];
}

function obstaclesOf(nodes: cytoscape.NodeCollection, margin: number): Obstacle[] {
  return nodes.map((n) => {
    const p = n.position();
    return { id: n.id(), x: p.x, y: p.y, hw: n.outerWidth() / 2 + margin, hh: n.outerHeight() / 2 + margin };
  });
}

/** The bundles that a node they do not join blocks (any lane, as Cytoscape draws them), with what blocks each. */
function blocked(links: Bundle[], grid: ObstacleGrid, at: Map<string, Obstacle>): [Bundle, Obstacle[]][] {
  const out: [Bundle, Obstacle[]][] = [];
  for (const l of links) {
    const p = at.get(l.a);
    const q = at.get(l.b);
    if (!p || !q) continue;
    const hits = new Set<Obstacle>();
    for (let i = 0; i < l.edges.length; i++)
      laneHits(
        p,
        q,
        { distance: laneOf(i, l.edges.length, l.shift.step) + l.shift.distance, weight: l.shift.weight },
        grid,
        hits,
      );
    hits.delete(p);
    hits.delete(q);
    if (hits.size) out.push([l, [...hits].sort((x, y) => (x.id < y.id ? -1 : 1))]);
  }
  return out;
}

/** Lane i of a bundle of n: its control point's distance from the line (Cytoscape's bundling). */
const laneOf = (i: number, n: number, step = STEP) => (i - (n - 1) / 2) * step;

/**
 * How far the node must move along the link's normal to clear the bundle (its box, and the bundle's
 * half-width where the node stands), to the side it is on, or with `across` to the other side.
 */
function clearance(p: Point, q: Point, o: Obstacle, l: Bundle, across = false): Point {
  const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  const n = { x: -(q.y - p.y) / len, y: (q.x - p.x) / len };
  const t = Math.min(1, Math.max(0, ((o.x - p.x) * (q.x - p.x) + (o.y - p.y) * (q.y - p.y)) / (len * len)));
  // Measured from the bundle's middle lane where the node stands (bent, if it is).
  const d = (o.x - p.x) * n.x + (o.y - p.y) * n.y - 2 * t * (1 - t) * l.shift.distance;
  const band = 2 * t * (1 - t) * Math.abs(laneOf(0, l.edges.length, l.shift.step));
  const need = Math.abs(n.x) * o.hw + Math.abs(n.y) * o.hh + band;
  const side = d === 0 ? 1 : Math.sign(d);
  const push = across ? -side * (need + Math.abs(d) + 1) : side * (need - Math.abs(d) + 1);
  return { x: n.x * push, y: n.y * push };
}

/**
 * Moves, nearest first, that take the node off the bundle in other directions than straight across
 * it: where nodes crowd both sides of a link, a blocker may be free to step aside along it.
 */
function ringAround(p: Point, q: Point, o: Obstacle, l: Bundle): Point[] {
  const across = clearance(p, q, o, l);
  const r0 = Math.max(Math.hypot(across.x, across.y), Math.min(o.hw, o.hh));
  const out: Point[] = [];
  for (const k of [1, 1.5, 2, 3])
    for (let a = 0; a < 12; a++) {
      const m = { x: r0 * k * Math.cos((a * Math.PI) / 6), y: r0 * k * Math.sin((a * Math.PI) / 6) };
      const to = clearance(p, q, { ...o, x: o.x + m.x, y: o.y + m.y }, l);
      // Clear of the bundle there: no push left to make.
      if (Math.hypot(to.x, to.y) <= 1.5 && isClearPush(p, q, o, m, l)) out.push(m);
    }
  return out;
}

/** Whether the node, moved by m, stands clear of the bundle (beyond its band, not just pushed toward it). */
function isClearPush(p: Point, q: Point, o: Obstacle, m: Point, l: Bundle): boolean {
  const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  const n = { x: -(q.y - p.y) / len, y: (q.x - p.x) / len };
  const [x, y] = [o.x + m.x, o.y + m.y];
  const t = ((x - p.x) * (q.x - p.x) + (y - p.y) * (q.y - p.y)) / (len * len);
  if (t < 0 || t > 1) return true;
  const d = (x - p.x) * n.x + (y - p.y) * n.y - 2 * t * (1 - t) * l.shift.distance;
  const band = 2 * t * (1 - t) * Math.abs(laneOf(0, l.edges.length, l.shift.step));
  return Math.abs(d) >= Math.abs(n.x) * o.hw + Math.abs(n.y) * o.hh + band;
}

/** Rounds of nudging blocking nodes off the links they block; a move onto another node is not made. */
function nudge(nodes: cytoscape.NodeCollection, links: Bundle[], margin: number, rounds = 10): void {
  const movable = new Set(nodes.filter((n) => !n.hasClass('pinned') && !n.locked()).map((n) => n.id()));
  for (let r = 0; r < rounds; r++) {
    const all = obstaclesOf(nodes, margin);
    const at = new Map(all.map((o) => [o.id, o]));
    const grid = new ObstacleGrid(all);
    const moves = new Map<string, Point[]>();
    for (const [l, hits] of blocked(links, grid, at)) {
      for (const o of hits) {
        if (!movable.has(o.id)) continue;
        const [p, q] = [at.get(l.a)!, at.get(l.b)!];
        const m = [clearance(p, q, o, l), clearance(p, q, o, l, true), ...ringAround(p, q, o, l)];
        const was = moves.get(o.id);
        // The larger push wins: pushes from several links would add up to a leap.
        if (!was || Math.hypot(m[0]!.x, m[0]!.y) > Math.hypot(was[0]!.x, was[0]!.y)) moves.set(o.id, m);
      }
    }
    if (!moves.size) return;
    const to = new Map<string, Point>();
    for (const [id, options] of moves) {
      const o = at.get(id)!;
      // The near side first, a little further, then across the link, when a node is in the way.
      const free = options
        .flatMap((m, i) => (i < 2 ? [1, 1.5, 2.5] : [1]).map((k) => ({ x: o.x + m.x * k, y: o.y + m.y * k })))
        .find((c) => !grid.overlaps(id, c.x, c.y, o.hw - margin, o.hh - margin));
      // Placed at once, so that two nodes nudged in one round do not land on each other.
      if (free) {
        grid.move(o, free.x, free.y);
        to.set(id, free);
      }
    }
    if (!to.size) return;
    nodes.filter((n) => to.has(n.id())).positions((n) => to.get(n.id())!);
  }
}

/** The nodes the quadratic curve Cytoscape draws for one control point (`weight` along p→q, `distance` off it) passes through. */
function laneHits(from: Obstacle, to: Obstacle, route: Route, grid: ObstacleGrid, hits: Set<Obstacle>): void {
  if (route.distance === 0) return grid.onSegment(from, to, hits);
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const u = { x: (to.x - from.x) / len, y: (to.y - from.y) / len };
  const n = { x: -u.y, y: u.x };
  // Cytoscape measures a bend between where the link leaves its two nodes' shapes, and draws it from there.
  const rp = 0.6 * Math.min(from.hw, from.hh);
  const rq = 0.6 * Math.min(to.hw, to.hh);
  const p = { x: from.x + u.x * rp, y: from.y + u.y * rp };
  const q = { x: to.x - u.x * rq, y: to.y - u.y * rq };
  const m = lerp(p, q, route.weight);
  const c = { x: m.x + n.x * route.distance, y: m.y + n.y * route.distance };
  const at = (t: number): Point => ({
    x: (1 - t) ** 2 * p.x + 2 * t * (1 - t) * c.x + t * t * q.x,
    y: (1 - t) ** 2 * p.y + 2 * t * (1 - t) * c.y + t * t * q.y,
  });
  const N = 12;
  for (let i = 0; i < N; i++) grid.onSegment(at(i / N), at((i + 1) / N), hits);
}

/** How many nodes other than its ends the bundle's lanes, drawn as `shift` says, pass through. */
function lanesBlocked(p: Obstacle, q: Obstacle, n: number, shift: Shift, grid: ObstacleGrid): number {
  const hits = new Set<Obstacle>();
  for (let i = 0; i < n; i++)
    laneHits(p, q, { distance: laneOf(i, n, shift.step) + shift.distance, weight: shift.weight }, grid, hits);
  hits.delete(p);
  hits.delete(q);
  return hits.size;
}

/**
 * How to draw the bundle's lanes clear: as Cytoscape does when they are; else narrowed (lanes closer
 * together); else bent round the far side of what blocks them, the least bend that clears (either
 * side, narrowest lanes last); else the way that leaves the fewest nodes in their way.
 */
function shiftFor(p: Obstacle, q: Obstacle, n: number, grid: ObstacleGrid): Shift {
  let best = UNROUTED;
  let fewest = lanesBlocked(p, q, n, best, grid);
  const tryShift = (s: Shift): boolean => {
    const blockedBy = lanesBlocked(p, q, n, s, grid);
    if (blockedBy < fewest) [best, fewest] = [s, blockedBy];
    return !fewest;
  };
  if (!fewest) return best;
  if (n > 1 && STEPS.slice(1).some((step) => tryShift({ ...UNROUTED, step }))) return best;
  const hits = new Set<Obstacle>();
  grid.onSegment(p, q, hits);
  hits.delete(p);
  hits.delete(q);
  const first = [...hits].sort((x, y) => (x.id < y.id ? -1 : 1))[0];
  const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  const n1 = { x: -(q.y - p.y) / len, y: (q.x - p.x) / len };
  const t = first ? ((first.x - p.x) * (q.x - p.x) + (first.y - p.y) * (q.y - p.y)) / (len * len) : 0.5;
  const weight = Math.min(0.75, Math.max(0.25, t));
  // The lanes go round the far side of the node from where it stands.
  const away = first ? -Math.sign((first.x - p.x) * n1.x + (first.y - p.y) * n1.y) || 1 : 1;
  const base = first ? Math.max(first.hw, first.hh) * 2 : STEP;
  for (const step of n > 1 ? STEPS : [STEP])
    for (const k of [1, 1.5, 2, 3, 4, 6])
      for (const w of [weight, 0.5, 0.3, 0.7])
        for (const side of [away, -away])
          if (tryShift({ distance: side * (base * k + Math.abs(laneOf(0, n, step))), weight: w, step })) return best;
  return best;
}

/**
 * A node with one neighbour whose link a node blocks swings round that neighbour, as far as it must
 * (15° steps either way), to where its link is clear and its box is free.
 */
function swingLeaves(
  nodes: cytoscape.NodeCollection,
  bundles: Bundle[],
  grid: ObstacleGrid,
  at: Map<string, Obstacle>,
) {
  const degree = new Map<string, number>();
  for (const b of bundles) for (const id of [b.a, b.b]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const movable = new Set(nodes.filter((n) => !n.hasClass('pinned') && !n.locked()).map((n) => n.id()));
  const moved = new Map<string, Point>();
  for (const [b] of blocked(bundles, grid, at)) {
    const leafId = [b.b, b.a].find((id) => degree.get(id) === 1 && movable.has(id));
    if (!leafId) continue;
    const leaf = at.get(leafId)!;
    const hub = at.get(leafId === b.a ? b.b : b.a)!;
    const r = Math.hypot(leaf.x - hub.x, leaf.y - hub.y);
    const a0 = Math.atan2(leaf.y - hub.y, leaf.x - hub.x);
    for (let k = 1; k <= 12; k++) {
      const spot = [1, -1]
        .map((sign) => a0 + (sign * k * Math.PI) / 12)
        .map((a) => ({ ...leaf, x: hub.x + r * Math.cos(a), y: hub.y + r * Math.sin(a) }))
        .find((c) => {
          if (grid.overlaps(leaf.id, c.x, c.y, leaf.hw, leaf.hh)) return false;
          const hits = new Set<Obstacle>();
          for (let i = 0; i < b.edges.length; i++)
            laneHits(hub, c, { distance: laneOf(i, b.edges.length), weight: 0.5 }, grid, hits);
          return [...hits].every((o) => o === hub || o === leaf);
        });
      if (!spot) continue;
      grid.move(leaf, spot.x, spot.y);
      moved.set(leaf.id, { x: spot.x, y: spot.y });
      break;
    }
  }
  if (moved.size) nodes.filter((n) => moved.has(n.id())).positions((n) => moved.get(n.id())!);
}

/**
 * Clears the links among `eles` of the nodes they do not join: `move` nudges the nodes first (not
 * under the map), and with `swing` swings leaves round their neighbour (not where the layout's shape,
 * rings, would be lost); `bend` curves the links still blocked (not on a large canvas, drawn as haystacks).
 * `margin` (model units) is the air a link keeps from a node.
 */
export function routeLinks(
  eles: cytoscape.CollectionReturnValue,
  opts: { move: boolean; bend: boolean; margin: number; swing?: boolean },
): void {
  const cy = eles.cy();
  cy.edges('.routed').forEach((e) => void e.removeScratch(ROUTE));
  cy.edges('.routed').removeClass('routed');
  const nodes = eles.nodes();
  const bundles = bundlesOf(eles.edges());
  // Nudge, then bend; a node still in a bent link's way is nudged off the bend, and the bends found again.
  for (let pass = 0; pass < 6; pass++) {
    if (opts.move) nudge(nodes, bundles, opts.margin);
    const all = obstaclesOf(nodes, opts.margin);
    const at = new Map(all.map((o) => [o.id, o]));
    const grid = new ObstacleGrid(all);
    if (opts.move && opts.swing) swingLeaves(nodes, bundles, grid, at);
    if (!opts.bend) return;
    let left = 0;
    for (const b of bundles) {
      const [p, q] = [at.get(b.a), at.get(b.b)];
      if (!p || !q) continue;
      b.shift = shiftFor(p, q, b.edges.length, grid);
      left += lanesBlocked(p, q, b.edges.length, b.shift, grid);
    }
    if (!left || !opts.move) break;
  }
  applyRoutes(cy, bundles);
  // The model above places a bend's ends roughly; Cytoscape's own geometry says where it is drawn.
  for (let round = 1; round <= 3; round++) {
    const stuck = drawnBlocked(bundles, new ObstacleGrid(obstaclesOf(nodes, 1)));
    if (!stuck.length) break;
    const wide = obstaclesOf(nodes, opts.margin + 10 * round);
    const at = new Map(wide.map((o) => [o.id, o]));
    const grid = new ObstacleGrid(wide);
    for (const b of stuck) b.shift = shiftFor(at.get(b.a)!, at.get(b.b)!, b.edges.length, grid);
    applyRoutes(cy, stuck);
  }
}

/** Each link of the bundles drawn as its bundle's shift says (Cytoscape's own bundling when unshifted). */
function applyRoutes(cy: cytoscape.Core, bundles: Bundle[]): void {
  cy.batch(() => {
    for (const b of bundles) {
      const shift = b.shift;
      const plain = shift.distance === 0 && shift.step === STEP;
      // Each link's bend is read along its own direction: a link running b→a mirrors the lane.
      b.edges.forEach(({ edge, reversed }, i) => {
        const lane = laneOf(i, b.edges.length, shift.step) + shift.distance;
        if (plain) edge.removeScratch(ROUTE).removeClass('routed');
        else
          edge
            .scratch(
              ROUTE,
              reversed ? { distance: -lane, weight: 1 - shift.weight } : { distance: lane, weight: shift.weight },
            )
            .addClass('routed');
        // Cytoscape's typings lack it: the style functions re-read the scratch.
        (edge as unknown as { updateStyle(): void }).updateStyle();
      });
    }
  });
}

/** The link's path as Cytoscape draws it (model units), as points along it; null without a renderer. */
function drawnPath(e: cytoscape.EdgeSingular): Point[] | null {
  // A headless core (tests without a page) has no renderer to ask.
  if (!(e.cy() as unknown as { renderer(): unknown }).renderer()) return null;
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  if (!s || !t) return null;
  const ctrl = (e.controlPoints() as Point[] | undefined) ?? [];
  if (!ctrl.length) return [s, t];
  const pts: Point[] = [];
  let from: Point = s;
  ctrl.forEach((c, i) => {
    const to = i === ctrl.length - 1 ? t : lerp(c, ctrl[i + 1]!, 0.5);
    for (let k = 0; k < 24; k++) {
      const u = k / 24;
      pts.push({
        x: (1 - u) ** 2 * from.x + 2 * u * (1 - u) * c.x + u * u * to.x,
        y: (1 - u) ** 2 * from.y + 2 * u * (1 - u) * c.y + u * u * to.y,
      });
    }
    from = to;
  });
  pts.push(t);
  return pts;
}

/** The bundles a link of which, as drawn, still runs through a node it does not join. */
function drawnBlocked(bundles: Bundle[], grid: ObstacleGrid): Bundle[] {
  const cy = bundles[0]?.edges[0]?.edge.cy();
  type Renderer = { recalculateRenderedStyle(e: cytoscape.EdgeCollection, useCache: boolean): void };
  const renderer = (cy as unknown as { renderer(): Renderer | null } | undefined)?.renderer();
  // Its geometry after the moves just made, not as cached for the last frame drawn.
  if (cy && renderer) {
    let edges = cy.collection();
    for (const b of bundles) for (const { edge } of b.edges) edges = edges.union(edge);
    renderer.recalculateRenderedStyle(edges, false);
  }
  return bundles.filter((b) =>
    b.edges.some(({ edge }) => {
      const path = drawnPath(edge);
      const hits = new Set<Obstacle>();
      path?.forEach((p, i) => i > 0 && grid.onSegment(path[i - 1]!, p, hits));
      return [...hits].some((o) => o.id !== b.a && o.id !== b.b);
    }),
  );
}
