// Where the count on a line to a map cluster ("×3") is drawn: at the line's middle if no marker or
// shown name is there, else at the free spot along the line nearest its middle, else not at all
// (its line's tooltip still says it). Drawn under the markers at the middle, counts were half hidden
// by a pie or a hexagon, leaving a stray "×" or a bare "4" (walk 21, 5).
import type { Box } from './label-boxes.ts';
import type { AggregateLink } from './geo-fan.ts';

/** The counts' type size on screen (px), as the basemap layer draws them. */
export const COUNT_PX = 10;
/** Where along a line a count is tried, middle first. */
const ALONG = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];
const AIR = 2;
/**
 * More air beside a count than above it: a count 2 px after a name read as part of it ("Cao Bằng
 * ×3" at the map's Fit on 1024, walk 33, 2).
 */
const SIDE_AIR = 6;

type View = { zoom: number; pan: { x: number; y: number } };

/** The text a line's count reads. */
export const countText = (k: AggregateLink): string => `×${k.count}`;

/** Sets each counted line's `countAt` (model coordinates; null: not drawn), clear of `taken` (screen boxes). */
export function placeLinkCounts(links: AggregateLink[], taken: Box[], view: View): void {
  const h = COUNT_PX * 1.2 + 2 * AIR;
  const free = (b: Box) =>
    !taken.some((t) => t.x1 < b.x2 + SIDE_AIR && b.x1 - SIDE_AIR < t.x2 && t.y1 < b.y2 && b.y1 < t.y2);
  const placed: Box[] = [];
  for (const k of links) {
    if (k.count < 2 || k.cite) continue;
    const w = countText(k).length * COUNT_PX * 0.62 + 2 * AIR;
    k.countAt = null;
    for (const t of ALONG) {
      const p = { x: k.x1 + t * (k.x2 - k.x1), y: k.y1 + t * (k.y2 - k.y1) };
      const [x, y] = [p.x * view.zoom + view.pan.x, p.y * view.zoom + view.pan.y];
      const box = { x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 };
      if (!free(box) || placed.some((b) => b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2)) continue;
      k.countAt = p;
      placed.push(box);
      break;
    }
  }
}
