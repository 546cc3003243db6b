// Where the hover tooltip goes (walk 5, item 13): the first spot round the hovered element that
// covers no drawn marker or name, on the canvas; where none is free, the one covering least.
import { describe, expect, it } from 'vitest';
import type { Box } from '../../client/src/canvas/label-boxes.ts';
import { placeTip } from '../../client/src/features/selection/tip-place.ts';

const box = (x: number, y: number, w: number, h: number): Box => ({ x1: x, y1: y, x2: x + w, y2: y + h });
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const bounds = { w: 800, h: 600 };
const [W, H] = [140, 50];

describe('placeTip', () => {
  const anchor = box(390, 290, 20, 20);

  it('takes the spot just above the element when nothing is there', () => {
    const at = placeTip({ anchor, near: [], others: [], bounds }, W, H);
    expect(at.y + H).toBeLessThanOrEqual(anchor.y1);
    expect(anchor.y1 - (at.y + H)).toBeLessThan(20);
  });

  it('goes further out, clear of every name and marker, when the spots next to the element are taken', () => {
    // A ring of names all round the element, as a hub's neighbours' and dimmed nodes' names.
    const others = [box(300, 180, 200, 100), box(300, 320, 200, 100), box(200, 220, 180, 160), box(420, 220, 180, 160)];
    const at = placeTip({ anchor, near: [], others, bounds }, W, H);
    const tip = box(at.x, at.y, W, H);
    for (const o of [anchor, ...others]) expect(overlap(tip, o)).toBe(false);
    expect(tip.x1 >= 0 && tip.y1 >= 0 && tip.x2 <= bounds.w && tip.y2 <= bounds.h).toBe(true);
  });

  it('stays on the canvas at its edge, off the element', () => {
    const corner = box(0, 0, 24, 24);
    const at = placeTip({ anchor: corner, near: [], others: [], bounds }, W, H);
    const tip = box(at.x, at.y, W, H);
    expect(tip.x1 >= 0 && tip.y1 >= 0).toBe(true);
    expect(overlap(tip, corner)).toBe(false);
  });

  it('with a reach (a map cluster), stays within it, covering least there rather than going far (walk 21)', () => {
    const others = [box(300, 180, 200, 100), box(300, 320, 200, 100), box(200, 220, 180, 160), box(420, 220, 180, 160)];
    const far = placeTip({ anchor, near: [], others, bounds }, W, H);
    const close = placeTip({ anchor, near: [], others, bounds, reach: 20 }, W, H);
    const gap = (at: { x: number; y: number }) => {
      const t = box(at.x, at.y, W, H);
      return Math.max(t.x1 - anchor.x2, anchor.x1 - t.x2, t.y1 - anchor.y2, anchor.y1 - t.y2, 0);
    };
    expect(gap(far)).toBeGreaterThan(20);
    expect(gap(close)).toBeLessThanOrEqual(20);
    expect(overlap(box(close.x, close.y, W, H), anchor)).toBe(false);
  });

  it('where every spot covers something, covers the neighbourhood least and never the element', () => {
    const others = [box(0, 0, 800, 600)];
    const near = [box(300, 150, 200, 130)];
    const at = placeTip({ anchor, near, others, bounds }, W, H);
    const tip = box(at.x, at.y, W, H);
    expect(overlap(tip, anchor)).toBe(false);
    expect(overlap(tip, near[0]!)).toBe(false);
  });
});
