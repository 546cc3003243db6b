// Where Fit may put the graph on a canvas partly covered: the largest free rectangle, and the
// largest zoom at which no node lies under a cover (the graph reaching past a corner cover).
import { describe, expect, it } from 'vitest';
import { bestFit, largestFreeRect, panAt, type Box, type FitProblem } from '../../client/src/canvas/free-space.ts';

const meets = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('largestFreeRect', () => {
  it('is the whole canvas without covers, and leaves out a panel and a corner legend', () => {
    expect(largestFreeRect(900, 600, [])).toEqual({ x: 0, y: 0, w: 900, h: 600 });
    const panel = { x1: 0, y1: 0, x2: 300, y2: 600 };
    const legend = { x1: 700, y1: 400, x2: 900, y2: 600 };
    const r = largestFreeRect(900, 600, [panel, legend]);
    expect(r).toEqual({ x: 300, y: 0, w: 600, h: 400 });
    // A small button column does not cost a whole strip when a larger rectangle lies beside it.
    const buttons = { x1: 310, y1: 10, x2: 340, y2: 100 };
    const r2 = largestFreeRect(900, 600, [panel, legend, buttons]);
    expect(r2.w * r2.h).toBeGreaterThanOrEqual(560 * 400);
    for (const c of [panel, legend, buttons])
      expect(meets(c, { x1: r2.x, y1: r2.y, x2: r2.x + r2.w, y2: r2.y + r2.h })).toBe(false);
  });
});

describe('bestFit', () => {
  // Nodes along a diagonal from top left to bottom middle: the bottom right corner stays empty.
  const nodes: Box[] = Array.from({ length: 9 }, (_, i) => ({
    x1: i * 10,
    y1: i * 10,
    x2: i * 10 + 4,
    y2: i * 10 + 4,
  }));
  const legend = { x1: 700, y1: 400, x2: 900, y2: 600 };
  const problem = (covers: Box[]): FitProblem => ({
    w: 900,
    h: 600,
    nodes,
    covers,
    padding: 20,
    labelRoom: 16,
    centre: (z) => ({ x: 450 - 42 * z, y: 300 - 42 * z }),
  });

  it('zooms past the legend where no node is, keeping every node off it and on the canvas', () => {
    const p = problem([legend]);
    const fit = bestFit(p, 1, 10)!;
    // The whole canvas's height (less padding and the label's room) bounds the zoom, not the legend's top.
    expect(fit.zoom).toBeGreaterThan((400 - 40 - 16) / 84);
    for (const n of nodes) {
      const s = {
        x1: n.x1 * fit.zoom + fit.pan.x,
        y1: n.y1 * fit.zoom + fit.pan.y,
        x2: n.x2 * fit.zoom + fit.pan.x,
        y2: n.y2 * fit.zoom + fit.pan.y + 16,
      };
      expect(meets(s, legend)).toBe(false);
      expect(s.x1).toBeGreaterThanOrEqual(20 - 1e-6);
      expect(s.y2).toBeLessThanOrEqual(600 - 20 + 1e-6);
    }
  });

  it('keeps a label wider than its node on the canvas: the node that far in from the edge', () => {
    const labelHalf = nodes.map(() => 300);
    const fit = bestFit({ ...problem([legend]), labelHalf }, 1, 10)!;
    for (const n of nodes) {
      const cx = ((n.x1 + n.x2) / 2) * fit.zoom + fit.pan.x;
      expect(cx - 300).toBeGreaterThanOrEqual(20 - 1e-6);
      expect(cx + 300).toBeLessThanOrEqual(900 - 20 + 1e-6);
    }
    // Without the labels' widths the graph is zoomed in further, its end labels cut by the edges.
    expect(fit.zoom).toBeLessThan(bestFit(problem([legend]), 1, 10)!.zoom);
  });

  it('zooms out below the lowest zoom asked for when the labels do not fit there, down to the floor given', () => {
    // At zoom 10 the bodies span 844 of 900 px: 300 px half-labels reach past both edges.
    const labelHalf = nodes.map(() => 300);
    expect(bestFit({ ...problem([]), labelHalf }, 10, 12)).toBeNull();
    const fit = bestFit({ ...problem([]), labelHalf }, 10, 12, 1)!;
    expect(fit.zoom).toBeLessThan(10);
    // The largest that fits: the labels' ends at the padding (within the halving's tolerance).
    const left = (nodes[0]!.x1 + nodes[0]!.x2) / 2;
    const right = (nodes[8]!.x1 + nodes[8]!.x2) / 2;
    expect((right - left) * fit.zoom + 600).toBeGreaterThan((900 - 40) * 0.99);
    for (const n of nodes) {
      const cx = ((n.x1 + n.x2) / 2) * fit.zoom + fit.pan.x;
      expect(cx - 300).toBeGreaterThanOrEqual(20 - 1e-6);
      expect(cx + 300).toBeLessThanOrEqual(900 - 20 + 1e-6);
    }
  });

  it('has no pan when the nodes cannot fit, and keeps the lower zoom when nothing larger fits', () => {
    expect(panAt(problem([]), 100)).toBeNull();
    const wall = { x1: 0, y1: 0, x2: 900, y2: 590 };
    expect(bestFit(problem([wall]), 1, 5)).toBeNull();
  });
});
