// Where a link's source number sits in an exported picture: on the link, never under a node or on
// an arrowhead. It tries the middle first, then steps out along the link both ways, and takes the
// first spot whose box touches no node and no arrowhead; Cytoscape draws it there (a label margin
// from the link's middle, where it puts an edge label) for the PNG, and the SVG reads the box back.
import type cytoscape from 'cytoscape';
import type { Box } from '../../canvas/declutter.ts';
import { shown } from '../../canvas/visibility.ts';

export interface Point {
  x: number;
  y: number;
}

/** Along the link from source (0) to target (1): the middle, then out both ways, short of the ends. */
export const CITE_STEPS = Array.from({ length: 21 }, (_, i) => 0.1 + i * 0.04).sort(
  (a, b) => Math.abs(a - 0.5) - Math.abs(b - 0.5),
);

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

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

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

const boxAt = (p: Point, size: { w: number; h: number }): Box => ({
  x1: p.x - size.w / 2,
  y1: p.y - size.h / 2,
  x2: p.x + size.w / 2,
  y2: p.y + size.h / 2,
});

/** The spot `d` off the link at u, square to it (the number beside its link, touching it). */
function beside(at: (u: number) => Point, u: number, d: number): Point {
  const a = at(Math.max(0, u - 0.01));
  const b = at(Math.min(1, u + 0.01));
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const p = at(u);
  return { x: p.x - ((b.y - a.y) / len) * d, y: p.y + ((b.x - a.x) / len) * d };
}

/**
 * The first step along the link whose number box (w × h, centred) is clear of every obstacle; when
 * none is (a link running past a crowd), the first clear spot just beside the link, touching it;
 * else the spot it overlaps least.
 */
export function citeSpot(at: (u: number) => Point, size: { w: number; h: number }, obstacles: Box[]): Point {
  const off = Math.max(size.w, size.h) / 2;
  const spots = [
    ...CITE_STEPS.map((u) => at(u)),
    ...CITE_STEPS.flatMap((u) => [beside(at, u, off), beside(at, u, -off)]),
  ];
  let best = { p: at(0.5), area: Infinity };
  for (const p of spots) {
    const box = boxAt(p, size);
    const hits = obstacles.filter((o) => overlaps(box, o));
    if (!hits.length) return p;
    const area = hits.reduce((sum, o) => sum + overlapArea(box, o), 0);
    if (area < best.area) best = { p, area };
  }
  return best.p;
}

const BODY = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false };
const TEXT = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
/** Half the side of the box kept clear around an arrowhead's tip, in model units at zoom 1. */
const ARROW_R = 9;

/** Moves each numbered link's number (edge[cite]) to its clear spot, in model units. */
export function placeCiteNumbers(cy: cytoscape.Core): void {
  // An edge Cytoscape has not drawn (its ends on one spot, or not yet placed) has no endpoints.
  const drawn = shown(cy.edges()).filter(
    (e) => !!e.sourceEndpoint() && !!e.targetEndpoint(),
  ) as cytoscape.EdgeCollection;
  const cited = drawn.filter((e) => !!e.data('cite') && e.source().visible() && e.target().visible());
  if (cited.empty()) return;
  const r = ARROW_R / cy.zoom();
  const bodies: Box[] = shown(cy.nodes())
    .filter((n) => n.visible())
    .map((n) => n.boundingBox(BODY));
  const heads: Box[] = drawn.map((e) => {
    const p = e.targetEndpoint();
    return { x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r };
  });
  const obstacles = [...bodies, ...heads];
  cy.batch(() =>
    cited.forEach((e) => {
      const s = e.sourceEndpoint();
      const t = e.targetEndpoint();
      const ctrl = (e.controlPoints() as Point[] | undefined) ?? [];
      const at = (u: number) => pointOnLink(s, t, ctrl, u);
      const box = e.boundingBox(TEXT);
      const spot = citeSpot(at, { w: box.w, h: box.h }, obstacles);
      const mid = at(0.5);
      e.style({ 'text-margin-x': spot.x - mid.x, 'text-margin-y': spot.y - mid.y });
    }),
  );
}

/** The numbers back at the links' middles (the picture is taken). */
export function clearCiteSpots(cy: cytoscape.Core): void {
  cy.batch(() => cy.edges().removeStyle('text-margin-x text-margin-y'));
}
