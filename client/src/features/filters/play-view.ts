// The view while Play steps through the years: links of a new year may reach nodes outside the
// view, so the view follows the shown graph (zooming out, never in beyond where Play started),
// and when Play ends the view it started from comes back, as do the filters.
import type cytoscape from 'cytoscape';
import { freeRegion } from '../../canvas/fit.ts';
import { shown } from '../../canvas/visibility.ts';

const MARGIN = 24;
/** Room under the lowest nodes for their labels (drawn at a constant screen size). */
const LABEL_ROOM = 16;
const STEP_MS = 200;

export interface PlayStart {
  zoom: number;
  pan: { x: number; y: number };
}

export function playStart(cy: cytoscape.Core): PlayStart {
  return { zoom: cy.zoom(), pan: { ...cy.pan() } };
}

/** After a year step: if a shown node left the free region, frames the shown graph there, smoothly. */
export function followPlay(cy: cytoscape.Core, start: PlayStart): void {
  const nodes = shown(cy.nodes());
  if (nodes.empty()) return;
  const region = freeRegion(cy);
  const seen = nodes.renderedBoundingBox({ includeLabels: false });
  const inside =
    seen.x1 >= region.x + MARGIN / 2 &&
    seen.x2 <= region.x + region.w - MARGIN / 2 &&
    seen.y1 >= region.y + MARGIN / 2 &&
    seen.y2 <= region.y + region.h - MARGIN / 2;
  if (inside) return;
  const bb = nodes.boundingBox({ includeLabels: false });
  const fit = Math.min(
    (region.w - 2 * MARGIN) / Math.max(bb.w, 1),
    (region.h - 2 * MARGIN - LABEL_ROOM) / Math.max(bb.h, 1),
  );
  const zoom = Math.max(cy.minZoom(), Math.min(start.zoom, fit));
  const pan = {
    x: region.x + region.w / 2 - (bb.x1 + bb.w / 2) * zoom,
    y: region.y + (region.h - LABEL_ROOM) / 2 - (bb.y1 + bb.h / 2) * zoom,
  };
  cy.stop();
  cy.animate({ zoom, pan } as cytoscape.AnimationOptions, { duration: STEP_MS });
}

/** Play ended or was stopped: back to the view it started from. */
export function endPlay(cy: cytoscape.Core, start: PlayStart): void {
  cy.stop();
  cy.animate({ zoom: start.zoom, pan: start.pan } as cytoscape.AnimationOptions, { duration: STEP_MS });
}
