// The view while Play steps through the years: it frames what Play shows now, readable and centred
// in the free canvas (zooming in on the few nodes of the first years, out as links of a new year
// reach further), and when Play ends the view it started from comes back, as do the filters. A
// step moves the view only when the shown graph left the free region, became small in it or drifted
// off its centre, and then in a short animation: the picture does not lurch at every year.
import type cytoscape from 'cytoscape';
import { freeRegion, type Region } from '../../canvas/fit.ts';
import { frameOf, modelRect, settleFrame, type Frame } from '../../canvas/frame-memory.ts';
import { shown } from '../../canvas/visibility.ts';

const MARGIN = 24;
/** Room under the lowest nodes for their labels (drawn at a constant screen size). */
const LABEL_ROOM = 16;
const STEP_MS = 250;
/** As Fit: two nodes are never blown up to fill the screen. */
const MAX_ZOOM = 1.6;
/** A new framing leaves the graph this share of the zoom that would fit it: room for the next years' links. */
const SLACK = 0.85;
/** A framing still holds while the shown graph keeps this share of the zoom that would fit it... */
const KEEP_ZOOM = 0.6;
/** ...and its middle stays this near the free region's middle (a share of the region's size). */
const KEEP_CENTRE = 0.15;

export interface PlayStart {
  zoom: number;
  pan: { x: number; y: number };
  /** What the view framed before Play (frame-memory.ts): Play's own framings are not the user's. */
  frame: Frame;
}

export function playStart(cy: cytoscape.Core): PlayStart {
  return { zoom: cy.zoom(), pan: { ...cy.pan() }, frame: { ...frameOf(cy) } };
}

/** The view that shows these nodes whole, nearly as large as fits (up to MAX_ZOOM), centred in the region. */
function framing(cy: cytoscape.Core, nodes: cytoscape.NodeCollection, region: Region): Omit<PlayStart, 'frame'> {
  const bb = nodes.boundingBox({ includeLabels: false });
  const fit = Math.min(
    (region.w - 2 * MARGIN) / Math.max(bb.w, 1),
    (region.h - 2 * MARGIN - LABEL_ROOM) / Math.max(bb.h, 1),
  );
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), MAX_ZOOM, fit * SLACK));
  const pan = {
    x: region.x + region.w / 2 - (bb.x1 + bb.w / 2) * zoom,
    y: region.y + (region.h - LABEL_ROOM) / 2 - (bb.y1 + bb.h / 2) * zoom,
  };
  return { zoom, pan };
}

/** Whether the current view still frames the nodes: all inside the region, not small there, near its middle. */
function framed(cy: cytoscape.Core, nodes: cytoscape.NodeCollection, region: Region, zoom: number): boolean {
  const seen = nodes.renderedBoundingBox({ includeLabels: false });
  const inside =
    seen.x1 >= region.x + MARGIN / 2 &&
    seen.x2 <= region.x + region.w - MARGIN / 2 &&
    seen.y1 >= region.y + MARGIN / 2 &&
    seen.y2 <= region.y + region.h - MARGIN / 2;
  const off = {
    x: Math.abs((seen.x1 + seen.x2) / 2 - (region.x + region.w / 2)) / region.w,
    y: Math.abs((seen.y1 + seen.y2) / 2 - (region.y + (region.h - LABEL_ROOM) / 2)) / region.h,
  };
  const z = cy.zoom();
  return inside && z >= KEEP_ZOOM * zoom && z <= MAX_ZOOM * 1.01 && off.x <= KEEP_CENTRE && off.y <= KEEP_CENTRE;
}

/**
 * After a year step: frames the shown graph in the free region, smoothly, unless the view still does.
 * On the map (`onMap`) the view stays as the user left it: places do not move there, and framing
 * the shown markers (far countries on the map's rim among them) shrank the map to a small disc
 * during Play and after it (walk 10, 8).
 */
export function followPlay(cy: cytoscape.Core, onMap = false): void {
  if (onMap) return;
  const nodes = shown(cy.nodes()) as cytoscape.NodeCollection;
  if (nodes.empty()) return;
  const region = freeRegion(cy);
  const target = framing(cy, nodes, region);
  if (framed(cy, nodes, region, target.zoom)) return;
  cy.stop();
  cy.animate({ zoom: target.zoom, pan: target.pan } as cytoscape.AnimationOptions, {
    duration: STEP_MS,
    easing: 'ease-in-out-sine',
  });
}

/**
 * Play ended or was stopped: back to the view it started from, and to its frame: the fit made
 * before, or else what was in view then. Set again once the panels and the legend have taken the
 * room the restored filters give them (walk 10, 8: the view was framed again from one of Play's
 * framings, or from the whole canvas, and the map stayed small after Play).
 */
export function endPlay(cy: cytoscape.Core, start: PlayStart): void {
  const back = () => {
    cy.stop();
    const view = { zoom: start.zoom, pan: start.pan };
    cy.viewport(view);
    const f = Object.assign(frameOf(cy), start.frame);
    if (f.refit && f.view && Math.abs(f.view.zoom - view.zoom) < view.zoom * 1e-3) return;
    const region = freeRegion(cy);
    f.refit = null;
    f.rect = modelRect(region, view);
    settleFrame(cy, region, view);
  };
  back();
  requestAnimationFrame(() => requestAnimationFrame(back));
}
