// Wheel zoom at a steady 15% a notch, about the pointer. Cytoscape's own wheel handling starts
// by clamping the first events to a fraction of that (about 1% a notch in Chromium) and warns when
// its sensitivity is changed, so the wheel is taken over before it reaches Cytoscape.
import type cytoscape from 'cytoscape';

export const NOTCH = 1.15;

/** Zoom factor for one wheel event: a notch (deltaY 100 px, or 3 lines) is one step. */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const px = deltaMode === 1 ? deltaY * 33 : deltaMode === 2 ? deltaY * 400 : deltaY;
  const steps = Math.max(-3, Math.min(3, -px / 100));
  return Math.pow(NOTCH, steps);
}

export function zoomAt(cy: cytoscape.Core, factor: number, at?: { x: number; y: number }): void {
  const level = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: at ?? { x: cy.width() / 2, y: cy.height() / 2 } });
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
