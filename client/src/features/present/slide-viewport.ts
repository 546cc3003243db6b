// Where a story view's saved viewport goes on the presentation screen: the part of the graph the
// view showed (its zoom and pan over the canvas it was saved on) is fitted into the part of the
// screen the slide's title box leaves free. A zoomed-in view stays zoomed in, scaled to the
// projector's size, and nothing of it hides under the title.
import type cytoscape from 'cytoscape';
import type { StoryView } from '../../app/types.ts';
import { fitView, freeRegion, type Region } from '../../canvas/fit.ts';

const PADDING = 24;

/** The model rectangle a view showed in the canvas's free region, or null for a view saved without it. */
export function savedRect(view: StoryView): Region | null {
  const f = view.frame;
  if (!f || view.zoom <= 0) return null;
  return {
    x: (f.x - view.pan.x) / view.zoom,
    y: (f.y - view.pan.y) / view.zoom,
    w: f.w / view.zoom,
    h: f.h / view.zoom,
  };
}

/**
 * The saved rectangle cut to where the view's nodes (with their labels) are: empty canvas the view
 * happened to leave, such as the part a details card took when it was saved, is not framed. A
 * zoomed-in view, whose nodes run past its rectangle, keeps the rectangle.
 */
export function slideRect(cy: cytoscape.Core, view: StoryView): Region | null {
  const rect = savedRect(view);
  const ids = new Set(view.nodes.map((n) => n.id));
  const nodes = cy.nodes().filter((n) => ids.has(n.id()));
  if (!rect || nodes.empty()) return rect;
  const bb = nodes.boundingBox({ includeLabels: true });
  const x1 = Math.max(rect.x, bb.x1);
  const y1 = Math.max(rect.y, bb.y1);
  const x2 = Math.min(rect.x + rect.w, bb.x2);
  const y2 = Math.min(rect.y + rect.h, bb.y2);
  return x2 > x1 && y2 > y1 ? { x: x1, y: y1, w: x2 - x1, h: y2 - y1 } : rect;
}

/** Shows the view's saved rectangle as large as the free region allows, centred in it. */
export function showSavedViewport(cy: cytoscape.Core, view: StoryView): void {
  const rect = slideRect(cy, view);
  if (!rect) return fitView(cy);
  const region = freeRegion(cy);
  const fit = Math.min((region.w - 2 * PADDING) / rect.w, (region.h - 2 * PADDING) / rect.h);
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), fit));
  cy.viewport({
    zoom,
    pan: {
      x: region.x + region.w / 2 - (rect.x + rect.w / 2) * zoom,
      y: region.y + region.h / 2 - (rect.y + rect.h / 2) * zoom,
    },
  });
}
