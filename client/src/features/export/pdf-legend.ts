// The legend of a story PDF's page, drawn by pdf-lib as text and shapes under the view's picture
// (searchable, sharp at any zoom), from the kinds and link types the view shows and, on a map view,
// the map's own marks (walk 17, 7: a map page's dashed markers went unexplained).
import type cytoscape from 'cytoscape';
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { EDGE_COLOR, edgeSwatchPath, NODE_STYLE } from '../../canvas/palette.ts';
import { shapePath } from '../../canvas/shapes.ts';
import {
  mapMarkEntries,
  mapMarks,
  visibleKindsAndTypes,
  type MapMarks,
  type MarkIcon,
} from '../legend/legend-entries.ts';

/** One legend entry: a node kind (its shape) or a link type (a line) in its colour, or a map mark. */
type Entry = { label: string; color: string; path: string } | { label: string; mark: MarkIcon };

/** Column width, row height and text size, in points. */
const COL = 118;
const ROW = 14;
const TEXT_PT = 9;
const ICON_PT = 8;

const colour = (hex: string) =>
  rgb(...([1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number]));

/** `marks`: the map's marks a picture draws (png.ts), else those the canvas draws now. */
export function legendEntries(cy: cytoscape.Core, marks: MapMarks = mapMarks(cy)): Entry[] {
  const { kinds, types } = visibleKindsAndTypes(cy);
  const half = ICON_PT / 2;
  return [
    ...kinds.map((k) => ({
      label: k,
      color: NODE_STYLE[k].color,
      path: shapePath(NODE_STYLE[k].shape, 0, 0, ICON_PT),
    })),
    ...types.map((t) => ({ label: t, color: EDGE_COLOR[t], path: edgeSwatchPath(t, half) })),
    ...mapMarkEntries(marks).map((m) => ({ label: m.short, mark: m.icon })),
  ];
}

/** A map mark's icon (legend-entries.ts), centred at (x, y), ICON_PT across like the other icons. */
function drawMark(page: PDFPage, m: MarkIcon, x: number, y: number) {
  const k = ICON_PT / 12; // the SVG icon is 12 units across its ring
  page.drawCircle({
    x,
    y,
    size: (m.dashed ? 5.5 : 6) * k,
    color: colour(m.fill),
    opacity: m.fillOpacity,
    borderColor: colour(m.stroke),
    borderWidth: (m.dashed ? 2 : 1.5) * k,
    ...(m.dashed ? { borderDashArray: [2.5 * k, 1.8 * k] } : {}),
  });
  if (m.slice) page.drawSvgPath(m.slice.path, { x, y, scale: k, color: colour(m.slice.fill), borderWidth: 0 });
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
    if ('mark' in e) drawMark(page, e.mark, x + ICON_PT / 2, mid);
    else page.drawSvgPath(e.path, { x: x + ICON_PT / 2, y: mid, color: colour(e.color), borderWidth: 0 });
    page.drawText(e.label, {
      x: x + ICON_PT + 5,
      y: mid - TEXT_PT * 0.35,
      size: TEXT_PT,
      font,
      color: rgb(0.1, 0.1, 0.1),
    });
  });
}
