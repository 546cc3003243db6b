// A highlighted link is never drawn through a node it does not join: a path's dashed step from Hưng
// Yên to Việt Nam ran straight through the highlighted Weifang square, so it read as Hưng Yên →
// Weifang → Việt Nam (walk 13, 7). Off the map, each node a highlighted link's straight line crosses
// is moved off it, sideways, the short way, a little past the line; the force layout placed it
// there by the pull of its own links, which a short step keeps. Under the map a node stands at its
// place and is not moved.
import type cytoscape from 'cytoscape';
import { HIGHLIGHT } from './chosen.ts';
import { shown } from './visibility.ts';
import type { Box } from './label-boxes.ts';
import type { Point } from './geo-fan.ts';

/** Air kept between a highlighted line and another node's body (model units). */
const AIR = 8;
/** Moving one node can put another line over a node: a few passes settle it. */
const PASSES = 6;

/** Whether the segment from `a` to `b` passes through `box` (Liang–Barsky clipping). */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const sides: [number, number][] = [
    [-dx, a.x - box.x1],
    [dx, box.x2 - a.x],
    [-dy, a.y - box.y1],
    [dy, box.y2 - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** The body of a node (model units), border included. */
const bodyOf = (n: cytoscape.NodeSingular): Box =>
  n.boundingBox({ includeLabels: false, includeOverlays: false } as cytoscape.BoundingBoxOptions);

/**
 * How far, and which way, `n` moves to clear the line from `a` to `b` by AIR: along the line's
 * normal, to the side its centre already lies on (by its id when on the line, the same every time).
 */
function stepOff(n: cytoscape.NodeSingular, a: Point, b: Point): Point {
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const [nx, ny] = [-(b.y - a.y) / len, (b.x - a.x) / len];
  const p = n.position();
  const side = (p.x - a.x) * nx + (p.y - a.y) * ny;
  const box = bodyOf(n);
  const reach = (Math.abs(nx) * (box.x2 - box.x1) + Math.abs(ny) * (box.y2 - box.y1)) / 2 + AIR;
  const sign = Math.abs(side) > 0.5 ? Math.sign(side) : n.id().length % 2 ? 1 : -1;
  const by = sign * reach - side;
  return { x: nx * by, y: ny * by };
}

/** One pass: each node a highlighted line crosses steps off it; whether any moved. */
function clearOnce(links: cytoscape.EdgeCollection, nodes: cytoscape.NodeCollection): boolean {
  let moved = false;
  links.forEach((e) => {
    const [s, t] = [e.source(), e.target()];
    const [a, b] = [s.position(), t.position()];
    nodes.forEach((n) => {
      if (n.same(s) || n.same(t) || n.hasClass('pinned') || !segmentCrossesBox(a, b, bodyOf(n))) return;
      const d = stepOff(n, a, b);
      const p = n.position();
      n.position({ x: p.x + d.x, y: p.y + d.y });
      moved = true;
    });
  });
  return moved;
}

/**
 * Moves the shown nodes that a shown highlighted link's straight line crosses, off the map; whether
 * any moved. Nodes the filters or the user set aside are not drawn, so they cross nothing.
 */
export function clearHighlightedLinks(cy: cytoscape.Core): boolean {
  const nodes = shown(cy.nodes()).filter((n) => n.visible()) as cytoscape.NodeCollection;
  if (nodes.filter('.geo-marker').nonempty()) return false;
  const links = shown(cy.edges(`.${HIGHLIGHT}`)).filter(
    (e) => e.source().visible() && e.target().visible() && !e.source().same(e.target()),
  ) as cytoscape.EdgeCollection;
  if (links.empty()) return false;
  let moved = false;
  cy.batch(() => {
    for (let pass = 0; pass < PASSES && clearOnce(links, nodes); pass++) moved = true;
  });
  return moved;
}
