// One frame model for the titled exports: where the title, caption, graph, legend and numbered
// sources go around the picture of the graph, in CSS pixels at scale 1. The PNG painter (png.ts)
// and the SVG painter (svg.ts) both draw this layout; only how text is measured differs.
import type cytoscape from 'cytoscape';
import { edgeSwatchSvg, NODE_STYLE } from '../../canvas/palette.ts';
import { shapeSvg } from '../../canvas/shapes.ts';
import {
  MAP_MARKS_HEADING,
  mapMarkEntries,
  mapMarks,
  markIconSvg,
  visibleKindsAndTypes,
} from '../legend/legend-entries.ts';
import type { Annotations } from './annotations.ts';
import { sourceLines, undrawnNumbers, type SourceEntry } from './sources.ts';

export type FrameItem =
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold?: boolean; color: string }
  | { kind: 'icon'; x: number; y: number; size: number; svg: string };

export interface FrameLayout {
  width: number;
  height: number;
  /** Where the picture of the graph goes. */
  graph: { x: number; y: number; w: number; h: number };
  items: FrameItem[];
}

/** Width of a text at a font size in px; the PNG measures with its canvas, the SVG estimates. */
export type Measure = (text: string, px: number, bold?: boolean) => number;

export const estimate: Measure = (text, px, bold) => text.length * px * (bold ? 0.6 : 0.55);

export function wrapBy(measure: Measure, text: string, px: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, px) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const PAD = 20;

function legendItems(
  cy: cytoscape.Core,
  x0: number,
  y0: number,
  width: number,
): { items: FrameItem[]; height: number } {
  const { kinds, types } = visibleKindsAndTypes(cy);
  const entries = [
    ...kinds.map((k) => ({ svg: shapeSvg(NODE_STYLE[k].shape, 0, 0, 12, NODE_STYLE[k].color), label: k as string })),
    ...types.map((t) => ({
      svg: edgeSwatchSvg(t, 8, 4),
      label: t as string,
    })),
  ];
  const colW = 150;
  const perRow = Math.max(1, Math.floor(width / colW));
  const items: FrameItem[] = [];
  entries.forEach((e, i) => {
    const x = x0 + (i % perRow) * colW;
    const y = y0 + Math.floor(i / perRow) * 22;
    items.push(
      { kind: 'icon', x, y, size: 14, svg: e.svg },
      { kind: 'text', x: x + 20, y: y + 1, text: e.label, size: 12, color: '#1b1b1b' },
    );
  });
  const y = y0 + Math.ceil(entries.length / perRow) * 22;
  const marks = mapMarkItems(cy, x0, y);
  items.push(...marks.items);
  return { items, height: entries.length || marks.height ? y + marks.height - y0 + 10 : 0 };
}

/**
 * The map's marks the picture draws (walk 12, 14: its legend left them out), under the canvas
 * legend's heading, in its words, one a line: only those in the picture's view.
 */
function mapMarkItems(cy: cytoscape.Core, x0: number, y0: number): { items: FrameItem[]; height: number } {
  const entries = mapMarkEntries(mapMarks(cy, { inView: true }));
  if (!entries.length) return { items: [], height: 0 };
  const items: FrameItem[] = [
    { kind: 'text', x: x0, y: y0 + 4, text: MAP_MARKS_HEADING, size: 12, bold: true, color: '#1b1b1b' },
  ];
  entries.forEach((e, i) => {
    const y = y0 + 24 + i * 22;
    items.push(
      { kind: 'icon', x: x0, y, size: 14, svg: markIconSvg(e.icon) },
      { kind: 'text', x: x0 + 20, y: y + 1, text: e.text, size: 12, color: '#1b1b1b' },
    );
  });
  return { items, height: 24 + entries.length * 22 };
}

function sourceItems(
  sources: SourceEntry[],
  measure: Measure,
  x0: number,
  y0: number,
  width: number,
  undrawn: Map<number, string>,
): { items: FrameItem[]; height: number } {
  if (!sources.length) return { items: [], height: 0 };
  const items: FrameItem[] = [
    { kind: 'text', x: x0, y: y0 + 8, text: 'Sources', size: 13, bold: true, color: '#1b1b1b' },
  ];
  let y = y0 + 28;
  for (const line of sourceLines(sources, undrawn)) {
    if (!line.indent) y += 4;
    for (const [i, text] of wrapBy(measure, line.text, 12, width - 40).entries()) {
      items.push({ kind: 'text', x: x0 + (line.indent ? 18 : 0) + (i ? 18 : 0), y, text, size: 12, color: '#333' });
      y += 16;
    }
  }
  return { items, height: y - y0 };
}

/** The frame around a graph picture of `graph` CSS pixels. */
export function layoutFrame(
  cy: cytoscape.Core,
  graph: { w: number; h: number },
  a: Annotations,
  sources: SourceEntry[],
  measure: Measure,
): FrameLayout {
  const width = Math.max(graph.w + 2 * PAD, 700);
  const inner = width - 2 * PAD;
  const items: FrameItem[] = [];
  let y = PAD;
  if (a.title) {
    items.push({ kind: 'text', x: PAD, y, text: a.title, size: 22, bold: true, color: '#1b1b1b' });
    y += 34;
  }
  for (const line of a.caption ? wrapBy(measure, a.caption, 14, inner) : []) {
    items.push({ kind: 'text', x: PAD, y, text: line, size: 14, color: '#444' });
    y += 19;
  }
  if (a.title || a.caption) y += 8;
  const box = { x: (width - graph.w) / 2, y, w: graph.w, h: graph.h };
  y += graph.h;
  if (a.legend) {
    const legend = legendItems(cy, PAD, y + 10, inner);
    items.push(...legend.items);
    y += legend.height;
  }
  if (a.sources) {
    const list = sourceItems(sources, measure, PAD, y, inner, undrawnNumbers(cy));
    items.push(...list.items);
    y += list.height;
  }
  return { width, height: y + PAD, graph: box, items };
}
