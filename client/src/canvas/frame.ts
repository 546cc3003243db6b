// The view follows the free canvas region. Whenever that region changes (a left panel opens, closes
// or switches, the details card comes or goes, the legend folds, the window resizes), what the view
// framed is framed again in the region free now: the last fit is done again (the graph, a layout,
// a highlighted result: walk 8, 6 and walk 9, 2-3), or, once the user has zoomed or panned by hand
// since, the model rectangle that was in view is fitted into the new region (same centre, scaled to
// fit, never past the node size cap). The frame is kept between changes, not read back from the
// view each time, so closing what was opened gives the view it had back.
import type cytoscape from 'cytoscape';
import { canvasCovers, sameCovers } from './covers.ts';
import { bringIntoView, freeRegion, showFit, viewRegion, zoomCeiling, type Region } from './fit.ts';
import {
  frameOf,
  modelRect,
  rememberFit,
  rememberRect,
  sameRect,
  sameView,
  settleFrame,
  type ModelRect,
  type Viewport,
} from './frame-memory.ts';
import { shown } from './visibility.ts';

/**
 * `pointer`: a node's card alone came or went (the node stays under the pointer where it can).
 * `keep`: an open card moved to the element selected now (a click, a right-click on the canvas):
 * the view stays where it is, whatever the new card's size (walk 10, 10: a right-click refitted the
 * graph to the new card's region, moving it 20 px under the menu).
 */
export type FollowOptions = { pointer?: boolean; keep?: boolean; legend?: boolean };

const viewOf = (cy: cytoscape.Core): Viewport => ({ zoom: cy.zoom(), pan: { ...cy.pan() } });

/** Frames held at the start of a change, until its follow: what moves the view meanwhile is not the user. */
const held = new WeakSet<cytoscape.Core>();

/**
 * A change of the free region begins (a panel or card toggled, the window resizing): the frame is
 * taken now, before anything that comes with the change moves the view (a card bringing its
 * element into view in the region it leaves: walk 9, 2 met a map squeezed for good that way).
 */
export function holdFrame(cy: cytoscape.Core): void {
  if (held.has(cy)) return;
  held.add(cy);
  const f = frameOf(cy);
  if (cy.animated()) cy.stop(true, true); // a glide under way ends where it was going
  const view = viewOf(cy);
  if (sameView(view, f.view) && (f.refit || f.rect)) return;
  // Moved since the last fit or follow (by hand, a saved view): what is in view now is the frame.
  const was = { w: cy.width(), h: cy.height() };
  const known = f.size && Math.abs(f.size.w - was.w) < 2 && Math.abs(f.size.h - was.h) < 2;
  f.refit = null;
  f.rect = modelRect(known && f.region ? f.region : { x: 0, y: 0, ...was }, view);
  f.view = view;
}

/** Canvases whose frame is not followed for now: a story's exports and Present show other views on them. */
const paused = new WeakMap<cytoscape.Core, number>();

/**
 * The view stops following the free region until the returned function is called: what shows story
 * views in turn (keepCanvas) is not the user framing the canvas. A legend relisting for a view fired
 * a follow that refitted the canvas in the middle of a picture (walk 13, 1: the map drawn for one
 * viewport, the nodes for another) and left the last view's fit as the canvas's frame (walk 13, 3).
 */
export function pauseFollow(cy: cytoscape.Core): () => void {
  paused.set(cy, (paused.get(cy) ?? 0) + 1);
  return () => {
    const n = (paused.get(cy) ?? 1) - 1;
    if (n > 0) paused.set(cy, n);
    else paused.delete(cy);
    held.delete(cy);
  };
}

/** A change whose follow will not come (presenting frames its slides itself). */
export function releaseFrame(cy: cytoscape.Core): void {
  held.delete(cy);
}

/**
 * The canvas takes its new size and the view its frame in the region free now. Nothing moves when
 * the region did not change (another node's details). True when it changed.
 */
export function followFrame(cy: cytoscape.Core, opts: FollowOptions = {}): boolean {
  if (paused.has(cy)) return (held.delete(cy), false);
  const f = frameOf(cy);
  if (!held.has(cy)) holdFrame(cy);
  held.delete(cy);
  if (cy.animated()) cy.stop(true, true);
  const was = { w: cy.width(), h: cy.height() };
  // The graph's size on the canvas as it was (its place aside): one no larger stays whole.
  const size = shown(cy.nodes()).renderedBoundingBox({ includeLabels: false });
  const fitsCanvas = size.w <= was.w * 1.05 && size.h <= was.h * 1.05;
  cy.resize();
  const region = freeRegion(cy);
  // Against the size the view was framed at: the size Cytoscape held may be a picture's, an export
  // having reshaped the canvas for it (walk 13, 3: taken for a resize, it refitted the canvas).
  const framedAt = f.size ?? was;
  const resized = Math.abs(cy.width() - framedAt.w) >= 2 || Math.abs(cy.height() - framedAt.h) >= 2;
  // The status line alone moves no view: it changes with every message, and the graph does not
  // breathe with it (walk 13, 3: a message gone while the story's pictures were made had the
  // legend's relisting after them refit the canvas 6% closer). Any other cover that changed has a
  // view still at its last fit fitted again, even in the same largest free rectangle, as a fit goes
  // around each cover (walk6 3: back in the Map by an undo, the legend with its 'On the map' part
  // again, the view was 2% off what Fit drew); the fit then goes around the status line too.
  const sameCoversNow = sameCovers(f.covers, canvasCovers(cy, { steady: true }));
  const sameRegion = f.refit ? sameCoversNow : sameCoversNow || sameRect(f.region, region);
  if (!resized && (opts.keep || sameRegion)) return (settleFrame(cy, region), false);
  // The legend alone relisted under a view moved by hand: the view stays. The map's markers placed
  // for a zoom list or drop the legend's cluster line; fitting the hand's frame into the region
  // that left zoomed the map out of its clusters and back in, frame after frame, for good.
  if (!resized && opts.legend && !f.refit) return (settleFrame(cy, region), false);
  const nodes = shown(cy.nodes());
  if (nodes.empty()) return (settleFrame(cy, region), true);
  const selected = shown(cy.$(':selected'));
  // The node just clicked (its card opening) must not jump away from under the pointer: the graph
  // is zoomed about it instead, unless the canvas itself changed size (the graph moved anyway). The
  // card closing gives the frame back (walk 9, 2: a map squeezed beside the card stayed small).
  const shrank = f.region && region.w * region.h < f.region.w * f.region.h;
  if (opts.pointer && shrank && !resized && selected.length === 1 && zoomAbout(cy, selected, nodes, region))
    return (settleFrame(cy, region), true);
  const whole = f.refit
    ? (f.refit(), true)
    : f.rect
      ? showRect(cy, f.rect, region, fitsCanvas ? nodes : undefined)
      : false;
  // A selection a rectangle's new place leaves out is brought back into view (a fit shows what it
  // fits: panned, a graph fitted whole would lose an edge).
  if (!whole && selected.nonempty()) bringIntoView(cy, selected);
  cy.stop(true, true);
  settleFrame(cy, region);
  return true;
}

/**
 * The model rectangle, centred in the region and as large as it fits there (not past the node
 * cap). `nodes`: a graph no larger than the canvas was (panned partly off it, walk 7, 1) is
 * fitted whole around the covers instead, no larger than that.
 */
function showRect(cy: cytoscape.Core, rect: ModelRect, region: Region, nodes?: cytoscape.NodeCollection): boolean {
  const fit = Math.min(region.w / Math.max(rect.w, 1), region.h / Math.max(rect.h, 1));
  // A view zoomed past the cap by hand keeps its zoom at most; a fit never goes past it.
  const cap = Math.max(zoomCeiling(shown(cy.nodes()), cy.maxZoom()), cy.zoom());
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), fit, cap));
  if (nodes) return (showFit(cy, nodes, 24, Math.max(zoom, cy.minZoom()), false), true);
  cy.viewport({
    zoom,
    pan: {
      x: region.x + region.w / 2 - (rect.x + rect.w / 2) * zoom,
      y: region.y + region.h / 2 - (rect.y + rect.h / 2) * zoom,
    },
  });
  return false;
}

/**
 * Shows a model rectangle (a shared view's) beside the panels here, and makes it the frame. It is
 * measured and shown in viewRegion, not in the largest free rectangle: the legend and the chips cut
 * that rectangle tall on one screen and wide on another of the same size, and a frame fitted from
 * one shape into the other arrived zoomed out (walk 10, 5b: 0.73 of the sender's zoom at 1440).
 */
export function frameRect(cy: cytoscape.Core, rect: ModelRect, opts: { again?: boolean } = {}): void {
  showRect(cy, rect, viewRegion(cy));
  if (!opts.again) return rememberRect(cy, rect, freeRegion(cy));
  // `again` (a shared link's frame): a later change of the free region shows the rectangle again
  // beside the panels, as here. Kept as a plain rectangle, it was fitted into the largest free
  // rectangle, and a graph no larger than the canvas was fitted whole: the map's legend growing
  // once the markers were drawn (its 'On the map' section) took a link's 0.89 to 0.54.
  rememberFit(cy, () => showRect(cy, rect, viewRegion(cy)), freeRegion(cy));
}

/** The model rectangle the view shows beside the panels over the canvas (see frameRect). */
export function framedRect(cy: cytoscape.Core): ModelRect {
  return modelRect(viewRegion(cy), viewOf(cy));
}

/**
 * Zooms about the node (it stays where it is on screen) so the graph's rendered box fits the
 * region; false when the graph is not shown whole, the node itself is outside the region, or
 * keeping it in place would shrink the graph to half a fit or less (walk 7 met a graph shrunk to a
 * speck about a node just right of a panel).
 */
function zoomAbout(
  cy: cytoscape.Core,
  node: cytoscape.CollectionReturnValue,
  nodes: cytoscape.NodeCollection,
  r: Region,
): boolean {
  const bb = nodes.renderedBoundingBox({ includeLabels: false });
  if (bb.w > cy.width() * 1.05 || bb.h > cy.height() * 1.05) return false;
  const p = node.renderedBoundingBox({ includeLabels: false });
  const at = { x: (p.x1 + p.x2) / 2, y: (p.y1 + p.y2) / 2 };
  const pad = 24;
  const [x1, y1, x2, y2] = [r.x + pad, r.y + pad, r.x + r.w - pad, r.y + r.h - pad - 16];
  if (at.x <= x1 || at.x >= x2 || at.y <= y1 || at.y >= y2) return false;
  const limits = [
    bb.x1 < at.x ? (at.x - x1) / (at.x - bb.x1) : Infinity,
    bb.x2 > at.x ? (x2 - at.x) / (bb.x2 - at.x) : Infinity,
    bb.y1 < at.y ? (at.y - y1) / (at.y - bb.y1) : Infinity,
    bb.y2 > at.y ? (y2 - at.y) / (bb.y2 - at.y) : Infinity,
  ];
  const most = zoomCeiling(nodes) / cy.zoom();
  const k = Math.min(...limits, most);
  if (!Number.isFinite(k) || k <= 0) return false;
  const fitted = Math.min((x2 - x1) / Math.max(bb.x2 - bb.x1, 1), (y2 - y1) / Math.max(bb.y2 - bb.y1, 1), most);
  // The user may be about to drag the node: it stays under the pointer at the cost of some shrink
  // (walk 8 met a pinned node moved 89 px away at 0.76 of a fit); only a speck yields to a fit.
  if (k < fitted * 0.5) return false;
  cy.zoom({ level: Math.max(cy.minZoom(), cy.zoom() * k), renderedPosition: at });
  return true;
}
