// Where the hover tooltip goes: beside the hovered element, on the first spot that covers no drawn
// node and no drawn name (dimmed ones included: they are still read), kept on the canvas. Spots
// are tried in rings round the element, nearest first: above, below, right, left, then the
// corners; failing those, the nearest free spot on a grid within reach. Where every spot covers
// something (a crowded middle), the ring spot covering least wins, the hovered element and its
// neighbourhood weighing most.
import type { Box } from '../../canvas/label-boxes.ts';

export interface TipRoom {
  /** The hovered element (a node's body, or a few pixels round the pointer on a link). */
  anchor: Box;
  /** The hovered neighbourhood's markers and names: covered only as a last resort. */
  near: Box[];
  /** Every other drawn marker and name nearby. */
  others: Box[];
  /** The canvas's size. */
  bounds: { w: number; h: number };
  /**
   * The farthest ring (gap in px) the tooltip may take, the spot covering least there winning: a
   * map cluster's short tooltip stays by the pointer (walk 21: it went far to cover no name).
   */
  reach?: number;
}

/** Gaps (px) between the element and the tooltip, ring by ring. */
const RINGS = [8, 20, 40, 70, 110, 160];
/** Air (px) kept round a name or marker: a name's white outline, and a hair. */
const AIR = 3;
/** How far (px) from the element a tooltip can go: the obstacles worth reading lie within this and its size. */
export const TIP_REACH = RINGS[RINGS.length - 1]! + 340;

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));
const grown = (b: Box, d: number): Box => ({ x1: b.x1 - d, y1: b.y1 - d, x2: b.x2 + d, y2: b.y2 + d });

/** The spots of one ring: the tooltip's top-left corner, `gap` px off each side and corner of the anchor. */
function ring(a: Box, w: number, h: number, gap: number): { x: number; y: number }[] {
  const cx = (a.x1 + a.x2) / 2 - w / 2;
  const cy = (a.y1 + a.y2) / 2 - h / 2;
  const [above, below, right, left] = [a.y1 - gap - h, a.y2 + gap, a.x2 + gap, a.x1 - gap - w];
  return [
    { x: cx, y: above },
    { x: cx, y: below },
    { x: right, y: cy },
    { x: left, y: cy },
    { x: right, y: above },
    { x: left, y: above },
    { x: right, y: below },
    { x: left, y: below },
  ];
}

/** The top-left corner, in the canvas's pixels, of a w×h tooltip. */
export function placeTip(t: TipRoom, w: number, h: number): { x: number; y: number } {
  const { anchor, bounds } = t;
  const near = t.near.map((b) => grown(b, AIR));
  const others = t.others.map((b) => grown(b, AIR));
  const rings = t.reach === undefined ? RINGS : RINGS.filter((gap) => gap <= t.reach!);
  const spots = rings
    .flatMap((gap) => ring(anchor, w, h, gap))
    .map((s) => ({
      x: Math.max(0, Math.min(bounds.w - w, s.x)),
      y: Math.max(0, Math.min(bounds.h - h, s.y)),
    }));
  // Kept on the canvas, a spot may slide onto the anchor: that counts as covering it, heavily.
  const cost = (s: { x: number; y: number }) => {
    const box = { x1: s.x, y1: s.y, x2: s.x + w, y2: s.y + h };
    const sum = (bs: Box[]) => bs.reduce((n, o) => n + overlapArea(box, o), 0);
    return 1e6 * overlapArea(box, grown(anchor, AIR)) + 1e3 * sum(near) + sum(others);
  };
  const costs = spots.map(cost);
  const free = costs.findIndex((c) => c === 0);
  if (free >= 0) return spots[free]!;
  return (t.reach === undefined ? nearestFree(t, w, h, cost) : null) ?? spots[costs.indexOf(Math.min(...costs))]!;
}

/** Grid step (px) of the wider search. */
const STEP = 16;

/**
 * Where the rings find no free spot (a tooltip naming a hub's neighbours is tall: walk 12, 5), the
 * free spot nearest the element anywhere within reach, on a grid.
 */
function nearestFree(
  t: TipRoom,
  w: number,
  h: number,
  cost: (s: { x: number; y: number }) => number,
): { x: number; y: number } | null {
  const { anchor, bounds } = t;
  const cx = (anchor.x1 + anchor.x2) / 2;
  const cy = (anchor.y1 + anchor.y2) / 2;
  const spots: { x: number; y: number; d: number }[] = [];
  for (let x = 0; x <= bounds.w - w; x += STEP)
    for (let y = 0; y <= bounds.h - h; y += STEP) {
      const d = Math.hypot(Math.max(x - cx, 0, cx - x - w), Math.max(y - cy, 0, cy - y - h));
      if (d <= TIP_REACH) spots.push({ x, y, d });
    }
  spots.sort((a, b) => a.d - b.d);
  const found = spots.find((s) => cost(s) === 0);
  return found ? { x: found.x, y: found.y } : null;
}
