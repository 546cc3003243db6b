// Node boxes on a grid of cells, to find quickly which of them a segment of a link passes through.
export type Point = { x: number; y: number };
/** A node's box, half extents widened by the margin the link must keep from it. */
export interface Obstacle {
  id: string;
  x: number;
  y: number;
  hw: number;
  hh: number;
}
const CELL = 120;

export class ObstacleGrid {
  private cells = new Map<number, Obstacle[]>();
  constructor(readonly all: Obstacle[]) {
    for (const o of all) this.place(o, 1);
  }

  private place(o: Obstacle, add: 1 | -1): void {
    this.cellsOf(o.x - o.hw, o.y - o.hh, o.x + o.hw, o.y + o.hh, (k) => {
      const list = this.cells.get(k) ?? [];
      if (add > 0) list.push(o);
      else list.splice(list.indexOf(o), 1);
      this.cells.set(k, list);
    });
  }

  /** The obstacle moves to (x, y). */
  move(o: Obstacle, x: number, y: number): void {
    this.place(o, -1);
    [o.x, o.y] = [x, y];
    this.place(o, 1);
  }

  private cellsOf(x1: number, y1: number, x2: number, y2: number, fn: (key: number) => void): void {
    for (let i = Math.floor(x1 / CELL); i <= Math.floor(x2 / CELL); i++)
      for (let j = Math.floor(y1 / CELL); j <= Math.floor(y2 / CELL); j++) fn((i + 32768) * 65536 + (j + 32768));
  }

  /** The obstacles the segment p→q passes through (walked cell by cell along it). */
  onSegment(p: Point, q: Point, out: Set<Obstacle>): void {
    const len = Math.hypot(q.x - p.x, q.y - p.y);
    const steps = Math.max(1, Math.ceil(len / CELL));
    const seen = new Set<number>();
    for (let s = 0; s < steps; s++) {
      const a = lerp(p, q, s / steps);
      const b = lerp(p, q, (s + 1) / steps);
      this.cellsOf(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y), (k) => {
        if (seen.has(k)) return;
        seen.add(k);
        for (const o of this.cells.get(k) ?? []) if (segmentCrossesBox(p, q, o)) out.add(o);
      });
    }
  }

  /** Whether the box (x, y, half extents) overlaps any obstacle other than `id`'s. */
  overlaps(id: string, x: number, y: number, hw: number, hh: number): boolean {
    let hit = false;
    this.cellsOf(x - hw, y - hh, x + hw, y + hh, (k) => {
      for (const o of this.cells.get(k) ?? [])
        if (o.id !== id && Math.abs(o.x - x) < o.hw + hw && Math.abs(o.y - y) < o.hh + hh) hit = true;
    });
    return hit;
  }
}

export const lerp = (p: Point, q: Point, t: number): Point => ({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t });

/** Liang–Barsky: does the segment p→q enter the box? */
function segmentCrossesBox(p: Point, q: Point, o: Obstacle): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (den: number, num: number): boolean => {
    if (den === 0) return num >= 0;
    const t = num / den;
    if (den < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  return (
    clip(-dx, p.x - (o.x - o.hw)) &&
    clip(dx, o.x + o.hw - p.x) &&
    clip(-dy, p.y - (o.y - o.hh)) &&
    clip(dy, o.y + o.hh - p.y) &&
    t0 < t1
  );
}
