// The legend of a story PDF's page, drawn by pdf-lib as text and shapes under the view's picture
// (searchable, sharp at any zoom), from the kinds and link types the view shows.
import type cytoscape from 'cytoscape';
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { EDGE_COLOR, NODE_STYLE } from '../../canvas/palette.ts';
import { shapePath } from '../../canvas/shapes.ts';
import { visibleKindsAndTypes } from '../legend/legend-entries.ts';

/** One legend entry: a node kind (its shape) or a link type (a line), in its colour. */
interface Entry {
  label: string;
  color: string;
  path: string;
}

/** Column width, row height and text size, in points. */
const COL = 118;
const ROW = 14;
const TEXT_PT = 9;
const ICON_PT = 8;

const colour = (hex: string) =>
  rgb(...([1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number]));

export function legendEntries(cy: cytoscape.Core): Entry[] {
  const { kinds, types } = visibleKindsAndTypes(cy);
  const half = ICON_PT / 2;
  return [
    ...kinds.map((k) => ({
      label: k,
      color: NODE_STYLE[k].color,
      path: shapePath(NODE_STYLE[k].shape, 0, 0, ICON_PT),
    })),
    ...types.map((t) => ({ label: t, color: EDGE_COLOR[t], path: `M${-half},-1.5 H${half} V1.5 H${-half} Z` })),
  ];
}

const perRow = (width: number) => Math.max(1, Math.floor(width / COL));

/** How wide `n` columns of the legend are, in points (a legend beside the picture). */
export const legendColumnsWidth = (n: number) => n * COL;

/** The legend's height across `width` points (0 without entries). */
export function legendHeight(entries: Entry[], width: number): number {
  return Math.ceil(entries.length / perRow(width)) * ROW;
}

/** How wide the legend's rows are across `width` points: centred under the picture. */
export function legendWidth(entries: Entry[], width: number): number {
  return Math.min(entries.length, perRow(width)) * COL;
}

/** Draws the legend with its top left corner at (x, top), in rows across `width` points. */
export function drawLegend(
  page: PDFPage,
  entries: Entry[],
  at: { x: number; top: number; width: number },
  font: PDFFont,
) {
  const n = perRow(at.width);
  entries.forEach((e, i) => {
    const x = at.x + (i % n) * COL;
    const mid = at.top - Math.floor(i / n) * ROW - ROW / 2;
    page.drawSvgPath(e.path, { x: x + ICON_PT / 2, y: mid, color: colour(e.color), borderWidth: 0 });
    page.drawText(e.label, {
      x: x + ICON_PT + 5,
      y: mid - TEXT_PT * 0.35,
      size: TEXT_PT,
      font,
      color: rgb(0.1, 0.1, 0.1),
    });
  });
}
