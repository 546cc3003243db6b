// Wheel zoom at a steady 15% a notch, about the pointer. Cytoscape's own wheel handling starts
// by clamping the first events to a fraction of that (about 1% a notch in Chromium) and warns when
// its sensitivity is changed, so the wheel is taken over before it reaches Cytoscape.
import type cytoscape from 'cytoscape';
import { freeRegion } from './fit.ts';

export const NOTCH = 1.15;
/** One press of a zoom button or of the + and − keys. */
export const ZOOM_STEP = 1.3;

/** Zoom factor for one wheel event: a notch (deltaY 100 px, or 3 lines) is one step. */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const px = deltaMode === 1 ? deltaY * 33 : deltaMode === 2 ? deltaY * 400 : deltaY;
  const steps = Math.max(-3, Math.min(3, -px / 100));
  return Math.pow(NOTCH, steps);
}

/**
 * Zooms by `factor` about `at` (canvas px), else about the middle of the canvas's free part: about the
 * whole canvas's middle, two presses with the details card open at 1024 pushed the border off the
 * left edge, the view centred on the sea under the card (walk 21, 7).
 */
export function zoomAt(cy: cytoscape.Core, factor: number, at?: { x: number; y: number }): void {
  const level = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), cy.zoom() * factor));
  const free = at ? null : freeRegion(cy);
  cy.zoom({ level, renderedPosition: at ?? { x: free!.x + free!.w / 2, y: free!.y + free!.h / 2 } });
}

export function bindWheelZoom(host: HTMLElement, cy: cytoscape.Core): void {
  host.addEventListener(
    'wheel',
    (ev) => {
      const container = cy.container();
      if (!container || !container.contains(ev.target as Node)) return;
      ev.preventDefault();
      ev.stopPropagation();
      const rect = container.getBoundingClientRect();
      zoomAt(cy, wheelFactor(ev.deltaY, ev.deltaMode), { x: ev.clientX - rect.left, y: ev.clientY - rect.top });
    },
    { capture: true, passive: false },
  );
}
