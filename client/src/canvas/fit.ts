// Fitting the graph into the part of the canvas that nothing covers: panels that float over the
// canvas (narrow screens), the details card, the legend and the status line. Fit takes the largest
// zoom at which no node lies under any of them (the graph may reach past a cover's corner where it
// has no node); layouts are stretched to the shape of the largest free rectangle, so a 16:9 screen
// gets a wide picture rather than a tall column.
import type cytoscape from 'cytoscape';
import { canvasCovers } from './covers.ts';
import { rememberFit, type Viewport } from './frame-memory.ts';
import { bestFit, largestFreeRect, type Rect } from './free-space.ts';
import { OFF_MAP_HINT } from './map-style.ts';
import { FONT_FAMILY, LABEL_PX, labelScale } from './style.ts';
import { LINKLESS_CLASS, shown } from './visibility.ts';

export type Region = Rect;

/** Above this many elements, fitting reads the nodes' bounds only. */
const FIT_NODES_ONLY = 800;
/** Above this many nodes, Fit uses the largest free rectangle only (the node-by-node search is quadratic). */
const FIT_AROUND_COVERS = 400;

/** The largest rectangle of the canvas that nothing floating over it covers. */
export function freeRegion(cy: cytoscape.Core): Region {
  const r = largestFreeRect(cy.width(), cy.height(), canvasCovers(cy));
  return { ...r, w: Math.max(r.w, 120), h: Math.max(r.h, 120) };
}

/** How near the canvas's top a panel's box starts (the details card stands 8 px below it). */
const PANEL_TOP = 16;

/**
 * The part of the canvas a saved view frames: the largest rectangle beside the panels over it (a
 * floating panel, the details card: covers that run along a side from the canvas's top, at least
 * half the canvas high). The legend, the zoom buttons and the chips in its corners do not cut the
 * view: its pictures draw the legend apart, and Present fits its nodes around what covers the
 * slide. The legend stands in the bottom corner however tall it grows (its 'On the map' section
 * made it over half the canvas high at 1024×700: taken for a panel, it cut the map's frame to a strip).
 */
export function viewRegion(cy: cytoscape.Core): Region {
  const panels = canvasCovers(cy).filter((b) => b.y1 <= PANEL_TOP && b.y2 - b.y1 >= cy.height() / 2);
  const r = largestFreeRect(cy.width(), cy.height(), panels);
  return { ...r, w: Math.max(r.w, 120), h: Math.max(r.h, 120) };
}

/** Room below each node for its label (screen-constant size, so not in the bounding box). */
const LABEL_ROOM = 16;

let measurer: CanvasRenderingContext2D | null = null;

/**
 * Half the width of a node's name drawn at `px` (outline included), screen px. A place off the map
 * is named beside its marker ("→ Singapore, off the map"), so its whole width counts on either side.
 */
export function nameHalfWidth(n: cytoscape.NodeSingular, px: number): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return 0;
  measurer.font = `${px}px ${FONT_FAMILY}`;
  if (n.hasClass('geo-offmap')) return measurer.measureText(String(n.scratch(OFF_MAP_HINT) ?? '')).width + 3;
  return measurer.measureText(String(n.data('display') ?? '')).width / 2 + 3;
}

/**
 * Half the width of the labels that always show, screen px (outline included): those of the most
 * linked nodes (as many as the declutter always names), of the nodes set aside in a row with
 * no link, which stand for themselves, and of places off the map, whose marker beyond the rim would
 * read as their location without "→ Singapore, off the map" (drawn beside the marker: its whole
 * width counts on either side). Others are 0: a lesser label cut by an edge may be hidden.
 */
function labelHalves(nodes: cytoscape.NodeCollection): number[] {
  const px = LABEL_PX * labelScale.value;
  const degrees = nodes.map((n) => n.degree(false)).sort((a, b) => b - a);
  const least = degrees[Math.min(degrees.length, Math.max(3, Math.ceil(nodes.length * 0.12))) - 1] ?? 0;
  return nodes.map((n) =>
    n.hasClass('geo-offmap') || n.degree(false) >= least || n.hasClass(LINKLESS_CLASS) ? nameHalfWidth(n, px) : 0,
  );
}

/** The largest zoom Fit chooses: two nodes are not blown up to fill the screen. */
export const FIT_MAX_ZOOM = 1.6;

/** The most a fit enlarges: the largest node's body this wide on screen (px), one search result included. */
const NODE_PX_CAP = 64;

/**
 * The zoom a fit or a follow-up zoom stays under: `maxZoom`, and no node of `nodes` drawn wider
 * than NODE_PX_CAP (walk 7 met one search result drawn 110 px wide, a lone star filling the view).
 */
export function zoomCeiling(nodes: cytoscape.NodeCollection, maxZoom = FIT_MAX_ZOOM): number {
  const widest = nodes.empty() ? 0 : (nodes.max((n) => n.width()).value as number);
  return widest > 0 ? Math.min(maxZoom, NODE_PX_CAP / widest) : maxZoom;
}

/** A box in model coordinates, as Cytoscape's boundingBox() gives it. */
export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}

/**
 * Fit to the given elements without blowing two nodes up to fill the screen: at least as large as
 * in the largest free rectangle, and larger where no node then lies under a cover. `animate`: the
 * view glides there (after an expand the eye follows the graph) rather than jumping. `nodeBounds`:
 * the nodes' bounds when the caller has just measured them (used for a large graph only; a small
 * one is measured here, edges included).
 */
export function fitView(
  cy: cytoscape.Core,
  eles?: cytoscape.CollectionArgument,
  padding = 24,
  maxZoom = FIT_MAX_ZOOM,
  animate = false,
  nodeBounds?: Bounds,
): void {
  const all = shown(cy.elements());
  const col = eles ? cy.collection().union(eles) : all;
  const view = showFit(cy, col, padding, maxZoom, animate, nodeBounds);
  if (!view) return;
  // The fit is done again whenever the free region changes (frame.ts): the shown graph if this was
  // all of it (it may have grown since), else the same elements.
  const ids = all.subtract(col).nonempty() ? new Set(col.map((e) => e.id())) : null;
  const again = () => fitView(cy, ids ? cy.elements().filter((e) => ids.has(e.id())) : undefined, padding, maxZoom);
  rememberFit(cy, again, view.region, view);
}

/** Moves the view to fit the elements (see fitView) without making that the frame's fit; null when there are none. */
export function showFit(
  cy: cytoscape.Core,
  eles: cytoscape.CollectionArgument,
  padding: number,
  maxZoom: number,
  animate: boolean,
  nodeBounds?: Bounds,
): (Viewport & { region: Region }) | null {
  const region = freeRegion(cy);
  const view = fitViewport(cy, eles, padding, maxZoom, region, nodeBounds);
  if (!view) return null;
  // A glide under way (a card's bringIntoView) would carry the view off this fit.
  cy.stop();
  if (!animate) cy.viewport(view);
  else cy.animate(view as cytoscape.AnimationOptions, { duration: 300 });
  return { ...view, region };
}

/** The viewport fitView shows the elements in; null when there are none. */
function fitViewport(
  cy: cytoscape.Core,
  eles: cytoscape.CollectionArgument,
  padding: number,
  ceiling: number,
  region: Region,
  nodeBounds?: Bounds,
): Viewport | null {
  const col = cy.collection().union(eles);
  if (col.empty()) return null;
  const maxZoom = zoomCeiling(col.nodes(), ceiling);
  // A large graph's edges lie between its nodes: their bounds cost a pass over every edge's geometry.
  const large = col.length > FIT_NODES_ONLY;
  const bb = large && nodeBounds ? nodeBounds : (large ? col.nodes() : col).boundingBox({ includeLabels: false });
  const w = Math.max(bb.w, 1);
  const h = Math.max(bb.h, 1);
  const inRegion = (r: Region) => Math.min(maxZoom, (r.w - 2 * padding) / w, (r.h - 2 * padding - LABEL_ROOM) / h);
  const clampZoom = (z: number) => Math.max(cy.minZoom(), Math.min(cy.maxZoom(), z));
  const z = clampZoom(inRegion(region));
  const cx = bb.x1 + bb.w / 2;
  const cyy = bb.y1 + bb.h / 2;
  const centre = (zoom: number) => ({
    x: region.x + region.w / 2 - cx * zoom,
    y: region.y + region.h / 2 - cyy * zoom - LABEL_ROOM / 2,
  });
  const nodes = col.nodes();
  // Also with nothing over the canvas: the names that always show (the hubs', those set aside in a
  // row) must stay on it, so the graph is zoomed out below the bodies' fit where one would be cut.
  if (nodes.length > 1 && nodes.length <= FIT_AROUND_COVERS) {
    const covers = canvasCovers(cy);
    const boxes = nodes.map((n) => n.boundingBox({ includeLabels: false, includeOverlays: false }));
    const labelHalf = labelHalves(nodes);
    const problem = {
      w: cy.width(),
      h: cy.height(),
      nodes: boxes,
      covers,
      padding,
      labelRoom: LABEL_ROOM,
      labelHalf,
      centre,
    };
    const whole = inRegion({ x: 0, y: 0, w: cy.width(), h: cy.height() });
    const best = bestFit(problem, z, clampZoom(Math.max(z, whole)), clampZoom(z / 3));
    if (best) return best;
  }
  return { zoom: z, pan: centre(z) };
}

/**
 * The nodes' bounds from their positions and sizes (the stylesheet draws a node `data(size)` wide
 * and tall, plus its border), in one pass over plain numbers. For a large graph after a layout:
 * Cytoscape's boundingBox() would recompute every node's cached box, its label included (~90 ms at
 * 2,000 nodes), and the renderer does that again once the nodes move on.
 */
export function modelBounds(nodes: cytoscape.NodeCollection): Bounds {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach((n) => {
    const p = n.position();
    const r = (Number(n.data('size')) || 30) / 2 + 2; // the border, as Cytoscape counts it
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  });
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/** Model length a link keeps between its ends' bodies after a stretch, so that it shows. */
const LINK_SHOWN = 40;
const STRETCH_STEPS = 8;
/** Up to this many nodes a layout is a result read link by link (see shapeToFreeRegion). */
const SMALL_RESULT = 20;

/**
 * The stretch factor nearest `k` (between it and 1, no stretch) under which every link keeps
 * LINK_SHOWN between its ends' bodies: a long thin layout (a chain of four places) stretched to a
 * screen's shape in full was squeezed into a column, its nodes touching, its links hidden under
 * them (walk 16, 1).
 */
function linksKeptVisible(eles: cytoscape.CollectionReturnValue, k: number): number {
  const links = eles.edges().map((e) => {
    const [s, t] = [e.source(), e.target()];
    const room = (Number(s.data('size')) || 30) / 2 + (Number(t.data('size')) || 30) / 2 + LINK_SHOWN;
    return { dx: t.position('x') - s.position('x'), dy: t.position('y') - s.position('y'), room };
  });
  const keeps = (f: number) =>
    links.every((l) => Math.hypot(l.dx * f, l.dy / f) >= Math.min(l.room, Math.hypot(l.dx, l.dy)));
  for (let i = 0; i <= STRETCH_STEPS; i++) {
    const f = Math.pow(k, 1 - i / STRETCH_STEPS);
    if (keeps(f)) return f;
  }
  return 1;
}

/**
 * Stretches a finished layout (about as wide as tall) to the free region's aspect ratio, keeping
 * its area: each node keeps its neighbours and direction, and a wide screen is used. For a large
 * graph, returns the nodes' bounds after (none pinned), for the fit that follows.
 */
export function shapeToFreeRegion(cy: cytoscape.Core, eles: cytoscape.CollectionReturnValue): Bounds | undefined {
  const nodes = eles.nodes().not('.pinned');
  if (nodes.length < 4) return undefined;
  const large = eles.length > FIT_NODES_ONLY;
  const bb = large ? modelBounds(nodes) : nodes.boundingBox({ includeLabels: false });
  const bounds = large && nodes.length === eles.nodes().length ? bb : undefined;
  if (bb.w < 1 || bb.h < 1) return undefined;
  const region = freeRegion(cy);
  const target = Math.min(2.2, Math.max(0.6, region.w / region.h));
  // A small result (a chain of a few places) keeps its links in sight; a large graph's layout is
  // spread by the layout's own repulsion and takes the screen's shape in full.
  const full = Math.sqrt(target / (bb.w / bb.h));
  const k = eles.nodes().length <= SMALL_RESULT ? linksKeptVisible(eles, full) : full;
  if (Math.abs(k - 1) < 0.05) return bounds;
  const cx = bb.x1 + bb.w / 2;
  const cyy = bb.y1 + bb.h / 2;
  // One positions() call: one notification for the whole collection, not one per node.
  nodes.positions((n) => ({ x: cx + (n.position('x') - cx) * k, y: cyy + (n.position('y') - cyy) / k }));
  return bounds && modelBounds(nodes);
}

/**
 * Pans (animated) so the elements sit in the free region, zooming out only if they do not fit
 * there at the current zoom: a timeline click or opening the details card never leaves the
 * chosen element under a panel or off screen.
 */
export function bringIntoView(
  cy: cytoscape.Core,
  eles: cytoscape.CollectionArgument,
  margin = 30,
  animate = false,
): void {
  const col = cy.collection().union(eles);
  if (col.empty()) return;
  const region = freeRegion(cy);
  const bb = col.renderedBoundingBox({ includeLabels: false });
  const inside =
    bb.x1 >= region.x + margin &&
    bb.x2 <= region.x + region.w - margin &&
    bb.y1 >= region.y + margin &&
    bb.y2 <= region.y + region.h - margin;
  if (inside) return;
  if (bb.w > region.w - 2 * margin || bb.h > region.h - 2 * margin) return void showFit(cy, col, 24, 1.6, animate);
  const dx = region.x + region.w / 2 - (bb.x1 + bb.x2) / 2;
  const dy = region.y + region.h / 2 - (bb.y1 + bb.y2) / 2;
  cy.stop();
  cy.animate({ panBy: { x: dx, y: dy } } as cytoscape.AnimationOptions, { duration: 250 });
}

/**
 * Whether each element's body is on the canvas (`margin` px inside its edges) and under no cover: in
 * sight, though maybe outside the largest free rectangle (a fit draws past a cover's corner).
 */
export function inSight(cy: cytoscape.Core, eles: cytoscape.CollectionArgument, margin = 0): boolean {
  const covers = canvasCovers(cy);
  const [w, h] = [cy.width(), cy.height()];
  return cy
    .collection()
    .union(eles)
    .every((e) => {
      const b = e.renderedBoundingBox({ includeLabels: false });
      const on = b.x1 >= margin && b.y1 >= margin && b.x2 <= w - margin && b.y2 <= h - margin;
      return on && !covers.some((c) => b.x1 < c.x2 && c.x1 < b.x2 && b.y1 < c.y2 && c.y1 < b.y2);
    });
}

/** Whether the canvas shows its graph whole: every shown node's body on it (a little slack for rounding). */
export function showsWhole(cy: cytoscape.Core): boolean {
  const nodes = shown(cy.nodes());
  if (nodes.empty()) return true;
  const bb = nodes.renderedBoundingBox({ includeLabels: false });
  const slack = 4;
  return bb.x1 >= -slack && bb.y1 >= -slack && bb.x2 <= cy.width() + slack && bb.y2 <= cy.height() + slack;
}
