// What floats over the canvas (panels on narrow screens, the details card, the legend, the chips,
// the zoom buttons, the status line), read from the page in the canvas's own pixels: Fit keeps the
// graph from under it, labels keep clear of it, and the frame remembers it (frame-memory.ts).
import type cytoscape from 'cytoscape';
import type { Box } from './free-space.ts';

/** Elements that float over the canvas carry this class. */
export const OVERLAY_CLASS = 'canvas-overlay';

/** The status line: it comes, goes and changes height with every message. */
const STATUS_ID = 'status';

/**
 * What floats over the canvas, in its own pixels, cut to it (a docked panel beside it covers
 * nothing). `steady`: all but the status line.
 */
export function canvasCovers(cy: cytoscape.Core, opts: { steady?: boolean } = {}): Box[] {
  const host = cy.container();
  if (!host) return [];
  const base = host.getBoundingClientRect();
  const [w, h] = [cy.width(), cy.height()];
  return [...document.querySelectorAll<HTMLElement>(`.${OVERLAY_CLASS}`)]
    .filter((el) => !el.hidden && el.offsetParent !== null && !(opts.steady && el.id === STATUS_ID))
    .map((el) => el.getBoundingClientRect())
    .map((o) => ({
      x1: Math.max(0, o.left - base.left),
      y1: Math.max(0, o.top - base.top),
      x2: Math.min(w, o.right - base.left),
      y2: Math.min(h, o.bottom - base.top),
    }))
    .filter((b) => b.x2 > b.x1 && b.y2 > b.y1);
}

/** The same covers, each side within 2 px. */
export function sameCovers(a: readonly Box[] | null, b: readonly Box[]): boolean {
  const near = (p: number, q: number) => Math.abs(p - q) < 2;
  return (
    !!a &&
    a.length === b.length &&
    a.every((c, i) => near(c.x1, b[i]!.x1) && near(c.y1, b[i]!.y1) && near(c.x2, b[i]!.x2) && near(c.y2, b[i]!.y2))
  );
}
