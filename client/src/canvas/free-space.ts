// Where a graph can go on a canvas partly covered by floating panels, the legend and the status
// line: the largest rectangle nothing covers, and the largest zoom (with its pan) at which no node
// lies under a cover, so the graph may reach past a cover's corner where it has no node. Pure
// geometry over screen boxes, unit-tested.
import type { Box } from './label-boxes.ts';

/** A box on screen (x1, y1 to x2, y2): one type for the label and the free-space geometry. */
export type { Box };

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const meets = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The largest rectangle of the `w` × `h` canvas that no cover meets (the whole canvas when none does). */
export function largestFreeRect(w: number, h: number, covers: Box[]): Rect {
  const xs1 = [0, ...covers.map((c) => c.x2)].filter((x) => x >= 0 && x < w);
  const xs2 = [w, ...covers.map((c) => c.x1)].filter((x) => x > 0 && x <= w);
  const ys1 = [0, ...covers.map((c) => c.y2)].filter((y) => y >= 0 && y < h);
  const ys2 = [h, ...covers.map((c) => c.y1)].filter((y) => y > 0 && y <= h);
  let best: Rect = { x: 0, y: 0, w: 0, h: 0 };
  for (const x1 of xs1)
    for (const x2 of xs2.filter((x) => x > x1))
      for (const y1 of ys1)
        for (const y2 of ys2.filter((y) => y > y1)) {
          if ((x2 - x1) * (y2 - y1) <= best.w * best.h) continue;
          const r = { x1, y1, x2, y2 };
          if (!covers.some((c) => meets(c, r))) best = { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
        }
  return best;
}

export interface FitProblem {
  /** The canvas's size, screen px. */
  w: number;
  h: number;
  /** Each node's box in model units. */
  nodes: Box[];
  /** What covers the canvas, screen px. */
  covers: Box[];
  /** Air kept to the canvas's edges and (half of it) to the covers, screen px. */
  padding: number;
  /** Room under each node for its label, screen px. */
  labelRoom: number;
  /** Half of each node's label's width, screen px (a label wider than its node must stay on the canvas too). */
  labelHalf?: number[];
  /** The pan wanted where several are free (the graph centred in the largest free rectangle). */
  centre: (zoom: number) => { x: number; y: number };
}

/**
 * A pan at `zoom` that keeps every node (with its label's room) on the canvas and off every
 * cover, the one nearest the wanted centre; null when there is none. In pan space each node and
 * cover forbid an open rectangle; a free point lies on the border of one of them or of the canvas's
 * range, so the candidate x values are those borders, and along each the free y is searched.
 */
export function panAt(p: FitProblem, zoom: number): { x: number; y: number } | null {
  const m = p.padding / 2;
  // Each node's screen box before the pan: its body, widened to its label's width.
  const boxes = p.nodes.map((n, i) => {
    const half = Math.max(((n.x2 - n.x1) * zoom) / 2, p.labelHalf?.[i] ?? 0);
    const cx = ((n.x1 + n.x2) / 2) * zoom;
    return { x1: cx - half, x2: cx + half, y1: n.y1 * zoom, y2: n.y2 * zoom };
  });
  const ext = boxes.reduce(
    (a, b) => ({
      x1: Math.min(a.x1, b.x1),
      y1: Math.min(a.y1, b.y1),
      x2: Math.max(a.x2, b.x2),
      y2: Math.max(a.y2, b.y2),
    }),
    { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity },
  );
  const range = {
    x1: p.padding - ext.x1,
    x2: p.w - p.padding - ext.x2,
    y1: p.padding - ext.y1,
    y2: p.h - p.padding - p.labelRoom - ext.y2,
  };
  if (range.x1 > range.x2 || range.y1 > range.y2) return null;
  const forbidden: Box[] = [];
  for (const c of p.covers)
    for (const n of boxes) {
      const f = {
        x1: c.x1 - m - n.x2,
        x2: c.x2 + m - n.x1,
        y1: c.y1 - m - p.labelRoom - n.y2,
        y2: c.y2 + m - n.y1,
      };
      if (f.x1 < range.x2 && f.x2 > range.x1 && f.y1 < range.y2 && f.y2 > range.y1) forbidden.push(f);
    }
  const want = p.centre(zoom);
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  const xs = [clamp(want.x, range.x1, range.x2), range.x1, range.x2, ...forbidden.flatMap((f) => [f.x1, f.x2])].filter(
    (x) => x >= range.x1 && x <= range.x2,
  );
  let best: { x: number; y: number; d: number } | null = null;
  for (const x of xs) {
    const blocks = forbidden.filter((f) => f.x1 < x && x < f.x2).sort((a, b) => a.y1 - b.y1);
    // The free y values along this x: the range minus the open intervals, nearest the wanted y.
    const ys = [clamp(want.y, range.y1, range.y2), range.y1, range.y2, ...blocks.flatMap((f) => [f.y1, f.y2])];
    for (const y of ys) {
      if (y < range.y1 || y > range.y2 || blocks.some((f) => f.y1 < y && y < f.y2)) continue;
      const d = Math.hypot(x - want.x, y - want.y);
      if (!best || d < best.d) best = { x, y, d };
    }
  }
  return best && { x: best.x, y: best.y };
}

/**
 * The largest zoom in [low, high] at which some pan keeps every node off the covers (searched by
 * halving; feasibility is monotone enough for a fit), with that pan. When not even `low` fits (the
 * always-named labels reach past the canvas's edge at the zoom the bodies alone would take), the
 * largest zoom down to `floor` that does; null when none does.
 */
export function bestFit(
  p: FitProblem,
  low: number,
  high: number,
  floor = low,
): { zoom: number; pan: { x: number; y: number } } | null {
  const pan = panAt(p, low);
  if (pan) return largestBetween(p, { zoom: low, pan }, Math.max(low, high));
  if (floor >= low) return null;
  const least = panAt(p, floor);
  return least && largestBetween(p, { zoom: floor, pan: least }, low);
}

/** From a zoom that fits up to `high`: the largest that fits, by halving. */
function largestBetween(
  p: FitProblem,
  start: { zoom: number; pan: { x: number; y: number } },
  high: number,
): { zoom: number; pan: { x: number; y: number } } {
  let fit = start;
  let [lo, hi] = [start.zoom, high];
  for (let i = 0; i < 14 && hi - lo > lo * 0.005; i++) {
    const mid = (lo + hi) / 2;
    const at = panAt(p, mid);
    if (at) {
      fit = { zoom: mid, pan: at };
      lo = mid;
    } else hi = mid;
  }
  const top = panAt(p, hi);
  return top ? { zoom: hi, pan: top } : fit;
}
