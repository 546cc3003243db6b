// A link picked (in the timeline, in a node's details) is brought into view and stands out: the
// view frames its two ends with room around them for their neighbours (walk 15: zoomed in as far
// as the node cap allowed, the two ends filled the canvas and nothing around them showed) and the
// links between the same two nodes fade beside it (walk 10, 3: a Quảng Ninh —SIGNED→ Guangxi arc
// a few px long under 9 sibling links, and lost among 40 lines on the map). The selected link itself is drawn in the
// selection colour above the others (style.ts, edge:selected). Closing the pick (Esc on its card,
// the link unselected) gives back the frame the user had before it, so a map squeezed beside the
// card gets its size back (walk 9, 2).
import type cytoscape from 'cytoscape';
import { freeRegion, zoomCeiling, type Region } from './fit.ts';
import { giveBackFrame, rememberFit, takeFrame, type Frame, type Viewport } from './frame-memory.ts';
import { frameRect, holdFrame } from './frame.ts';

/** A link drawn between the same two nodes as a selected one. */
export const SIBLING_FADED = 'sibling-faded';

/** The frame from before a link was picked, while the view still frames the pick. */
interface PickFrame {
  edge: string;
  frame: Frame;
}
const before = new WeakMap<cytoscape.Core, PickFrame>();

/** Fades the siblings of the selected links whenever the selection changes. */
export function bindLinkFocus(cy: cytoscape.Core): void {
  cy.on('select unselect', 'edge', () => {
    cy.edges(`.${SIBLING_FADED}`).removeClass(SIBLING_FADED);
    const picked = cy.edges(':selected');
    picked.parallelEdges().not(picked).addClass(SIBLING_FADED);
  });
  // The selection changed: nothing selected ends the pick, another element drops it (its frame stays).
  cy.on('select unselect', () => {
    if (!before.has(cy)) return;
    queueMicrotask(() => {
      const sel = cy.$(':selected');
      const pick = before.get(cy);
      if (!pick || (sel.length === 1 && sel.id() === pick.edge)) return;
      if (sel.empty()) endLinkFrame(cy);
      else before.delete(cy);
    });
  });
}

/** Whether a picked link frames the view now (its card open): the follow of covers leaves the view to it. */
export const linkPicked = (cy: cytoscape.Core): boolean => before.has(cy);

/** Frames the link's two ends in the free region, remembering the frame it replaces. */
export function frameLink(cy: cytoscape.Core, edge: cytoscape.CollectionReturnValue): void {
  // The frame now (a view moved by hand counts: holdFrame makes it a rectangle), unless an earlier
  // pick's still stands: picking the next link and closing it gives back the frame from before both.
  const pick = before.get(cy);
  if (pick) pick.edge = edge.id();
  else {
    holdFrame(cy);
    before.set(cy, { edge: edge.id(), frame: takeFrame(cy) });
  }
  showLink(cy, edge.id());
}

/** The closest a pick zooms: nodes and names at their own size (labels keep theirs on screen at any zoom). */
const LINK_ZOOM_CAP = 1;
/** The most of the free region's width or height the picked link's ends take: the rest shows what is around them. */
const LINK_SHARE = 0.45;
/** Ends this far apart on screen (px, centre to centre) read as a link with a name at each end: no zoom in needed. */
const READABLE_PX = 200;
/** Room kept between the ends' bodies and the free region's sides (px), their names below them included. */
const LINK_MARGIN = 60;

/** Frames the link now, and again whenever the free region changes (the card opening beside a narrow map). */
function showLink(cy: cytoscape.Core, id: string): void {
  const ends = cy.getElementById(id).connectedNodes();
  if (ends.empty()) return;
  const region = freeRegion(cy);
  const view = linkViewport(cy, ends, region);
  if (view) {
    cy.stop();
    cy.viewport(view);
  }
  rememberFit(cy, () => showLink(cy, id), region, view ?? undefined);
}

/**
 * Where the view frames a link's ends: at the current zoom when the link reads there (its ends far
 * enough apart) and they fit, else zoomed in until the ends span LINK_SHARE of the free region, no
 * closer than LINK_ZOOM_CAP or the node cap, and never out from a zoom the user chose closer. Null:
 * the ends are already in view, readable, inside the region: the view stays.
 */
function linkViewport(cy: cytoscape.Core, ends: cytoscape.NodeCollection, region: Region): Viewport | null {
  const bb = ends.boundingBox({ includeLabels: false });
  const [w, h] = [Math.max(bb.w, 1), Math.max(bb.h, 1)];
  const [a, b] = [ends.first().position(), ends.last().position()];
  const apart = Math.hypot(a.x - b.x, a.y - b.y);
  const now = cy.zoom();
  const fits = Math.min((region.w - 2 * LINK_MARGIN) / w, (region.h - 2 * LINK_MARGIN) / h);
  const readable = apart * now >= READABLE_PX;
  if (readable && now <= fits && inRegion(ends.renderedBoundingBox({ includeLabels: false }), region)) return null;
  const framed = Math.min((region.w * LINK_SHARE) / w, (region.h * LINK_SHARE) / h, zoomCeiling(ends, LINK_ZOOM_CAP));
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), fits, readable ? now : Math.max(now, framed)));
  const [cx, cy0] = [bb.x1 + bb.w / 2, bb.y1 + bb.h / 2];
  return { zoom, pan: { x: region.x + region.w / 2 - cx * zoom, y: region.y + region.h / 2 - cy0 * zoom } };
}

/** Whether a box on screen lies inside the region with LINK_MARGIN to spare. */
function inRegion(box: { x1: number; y1: number; x2: number; y2: number }, region: Region): boolean {
  const m = LINK_MARGIN;
  return (
    box.x1 >= region.x + m &&
    box.y1 >= region.y + m &&
    box.x2 <= region.x + region.w - m &&
    box.y2 <= region.y + region.h - m
  );
}

/**
 * The pick is over (its card closed, the link unselected): the view goes back to the frame from
 * before it, fitted into the region free now (a change of region following fits it again).
 */
export function endLinkFrame(cy: cytoscape.Core): void {
  const pick = before.get(cy);
  before.delete(cy);
  if (!pick) return;
  if (cy.animated()) cy.stop(true, true);
  const { refit, rect, view } = pick.frame;
  // The very view from before, and its frame: the card closing next gives the canvas back its
  // region (nothing moves) or its size (the frame's fit done again from the zoom it had). A map's
  // Fit done again from the pick's zoom fans its markers for that zoom first, and settled 6% off
  // the frame it had (walk 15).
  if (view) {
    giveBackFrame(cy, pick.frame);
    cy.viewport({ zoom: view.zoom, pan: { ...view.pan } });
  } else if (refit) refit();
  else if (rect) frameRect(cy, rect);
}
