// What the view frames, remembered between changes of the free region (see frame.ts): either the
// fit that made it (done again into the new region: the graph, a highlight, a layout) or, once
// the user has zoomed or panned by hand since, the model rectangle that was in view.
import type cytoscape from 'cytoscape';
import { canvasCovers } from './covers.ts';
import type { Box, Rect } from './free-space.ts';

/** A rectangle of the graph, model coordinates. */
export type ModelRect = Rect;
export type Viewport = { zoom: number; pan: { x: number; y: number } };

export interface Frame {
  /** The last fit, to do again (null once the view was moved by other means since). */
  refit: (() => void) | null;
  /** The model rectangle in view, when no fit is to be done again. */
  rect: ModelRect | null;
  /** The viewport as the last fit or follow left it: any other means the user (or a saved view) moved it. */
  view: Viewport | null;
  /** The free region, what covered the canvas but the status line (canvasCovers' `steady`) and the canvas's size then. */
  region: Rect | null;
  covers: Box[] | null;
  size: { w: number; h: number } | null;
}

const frames = new WeakMap<cytoscape.Core, Frame>();

export function frameOf(cy: cytoscape.Core): Frame {
  let f = frames.get(cy);
  if (!f) frames.set(cy, (f = { refit: null, rect: null, view: null, region: null, covers: null, size: null }));
  return f;
}

const viewOf = (cy: cytoscape.Core): Viewport => ({ zoom: cy.zoom(), pan: { ...cy.pan() } });

/** The viewport and free region now (or `view`, where it glides to) are what the frame shows. */
export function settleFrame(cy: cytoscape.Core, region: Rect, view: Viewport = viewOf(cy)): void {
  const f = frameOf(cy);
  f.view = { zoom: view.zoom, pan: { ...view.pan } };
  f.region = region;
  f.covers = canvasCovers(cy, { steady: true });
  f.size = { w: cy.width(), h: cy.height() };
}

/** A fit was made (`view` is where it leads): a change of the free region does it again. */
export function rememberFit(cy: cytoscape.Core, refit: () => void, region: Rect, view?: Viewport): void {
  const f = frameOf(cy);
  f.refit = refit;
  f.rect = null;
  settleFrame(cy, region, view);
}

/** A model rectangle shown (a saved view, a shared link's): a change of the free region fits it again. */
export function rememberRect(cy: cytoscape.Core, rect: ModelRect, region: Rect): void {
  const f = frameOf(cy);
  f.refit = null;
  f.rect = rect;
  settleFrame(cy, region);
}

/** The model rectangle `region` (screen px) shows at `view`. */
export function modelRect(region: Rect, view: Viewport): ModelRect {
  return {
    x: (region.x - view.pan.x) / view.zoom,
    y: (region.y - view.pan.y) / view.zoom,
    w: region.w / view.zoom,
    h: region.h / view.zoom,
  };
}

const near = (a: number, b: number, d: number) => Math.abs(a - b) < d;

export function sameView(a: Viewport, b: Viewport | null): boolean {
  return !!b && near(a.zoom, b.zoom, a.zoom * 1e-3) && near(a.pan.x, b.pan.x, 1) && near(a.pan.y, b.pan.y, 1);
}

export function sameRect(a: Rect | null, b: Rect): boolean {
  return !!a && near(a.x, b.x, 2) && near(a.y, b.y, 2) && near(a.w, b.w, 2) && near(a.h, b.h, 2);
}

/** A copy of the frame now, to give back with the viewport it framed (an undone layout change). */
export function takeFrame(cy: cytoscape.Core): Frame {
  return { ...frameOf(cy) };
}

/** Gives back a frame taken with takeFrame: a later change of the free region frames what it framed. */
export function giveBackFrame(cy: cytoscape.Core, frame: Frame): void {
  Object.assign(frameOf(cy), frame);
}
