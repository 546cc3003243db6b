// Where an exported picture puts a link's source number: on the link, clear of nodes and arrowheads.
import { describe, expect, it } from 'vitest';
import { citeSpot, pointOnLink } from '../../client/src/features/export/cite-spots.ts';

const box = (x: number, y: number, r: number) => ({ x1: x - r, y1: y - r, x2: x + r, y2: y + r });
const line = (u: number) => pointOnLink({ x: 0, y: 0 }, { x: 200, y: 0 }, [], u);
const size = { w: 16, h: 14 };

describe('source numbers on links', () => {
  it('sit in the middle of a clear link', () => {
    expect(citeSpot(line, size, [box(0, 0, 20), box(200, 0, 20)])).toEqual({ x: 100, y: 0 });
  });

  it('move along the link, off a node that lies on its middle, and stay on the link', () => {
    const star = box(100, 0, 25);
    const spot = citeSpot(line, size, [star]);
    expect(spot.y).toBe(0);
    expect(Math.abs(spot.x - 100)).toBeGreaterThanOrEqual(25 + size.w / 2);
  });

  it('never land on an arrowhead or a node, though the clear spot is far from the middle', () => {
    const obstacles = [box(100, 0, 50), box(190, 0, 12), box(0, 0, 12)];
    const spot = citeSpot(line, size, obstacles);
    const mine = box(spot.x, spot.y, 7);
    for (const o of obstacles) expect(mine.x2 <= o.x1 || mine.x1 >= o.x2).toBe(true);
  });

  it('follow a curved link through its control point', () => {
    const at = (u: number) => pointOnLink({ x: 0, y: 0 }, { x: 200, y: 0 }, [{ x: 100, y: 80 }], u);
    expect(at(0.5)).toEqual({ x: 100, y: 40 });
    const spot = citeSpot(at, size, [box(100, 40, 20)]);
    // Still on the curve: y is the quadratic's at that x.
    const u = spot.x / 200;
    expect(spot.y).toBeCloseTo(2 * (1 - u) * u * 80, 5);
  });
});
