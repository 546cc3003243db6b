// PNG export: Cytoscape renders the graph (full extent, 1-4x, white or transparent), clamped so the
// bitmap stays within what browsers can allocate; title, caption, legend and sources are then drawn
// around it on a canvas of our own.
import { shown } from '../graph/filters.ts';
import type cytoscape from 'cytoscape';
import { EDGE_TYPES, NODE_KINDS, type EdgeType, type NodeKind } from '../../../common/model.ts';
import { EDGE_COLOR, NODE_STYLE } from '../graph/palette.ts';
import type { Annotations } from './annotations.ts';
import { shapeSvg } from './shapes.ts';
import { sourceLines, type SourceEntry } from './sources.ts';

/** Longest side of the exported bitmap; browsers fail above ~16k per side or ~268M pixels. */
export const MAX_SIDE = 8000;

export interface PngOptions extends Annotations {
  scale: number;
  background: 'white' | 'transparent';
}

export interface PngResult {
  blob: Blob;
  width: number;
  height: number;
  scaleUsed: number;
  clamped: boolean;
}

export function clampScale(w: number, h: number, scale: number): { scale: number; clamped: boolean } {
  const max = Math.min(MAX_SIDE / Math.max(w, 1), MAX_SIDE / Math.max(h, 1));
  return scale > max ? { scale: Math.max(0.1, Math.floor(max * 100) / 100), clamped: true } : { scale, clamped: false };
}

function wrapByWidth(g: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && g.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

async function iconImage(svgInner: string, px: number): Promise<HTMLImageElement> {
  const img = new Image(px, px);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="-8 -8 16 16">${svgInner}</svg>`)}`;
  await img.decode();
  return img;
}

export async function graphToPng(cy: cytoscape.Core, opts: PngOptions, sources: SourceEntry[] = []): Promise<PngResult> {
  const bb = shown(cy.elements()).boundingBox({});
  const { scale, clamped } = clampScale(bb.w + 60, bb.h + 60, opts.scale);
  const bg = opts.background === 'white' ? '#ffffff' : undefined;
  // Selection marks are for working, not for the picture.
  const selected = cy.$(':selected');
  selected.unselect();
  let graphBlob: Blob;
  try {
    graphBlob = (await cy.png({ output: 'blob-promise', full: true, scale, bg })) as Blob;
  } finally {
    selected.select();
  }
  const annotated = opts.title || opts.caption || opts.legend || (opts.sources && sources.length);
  const graph = await createImageBitmap(graphBlob);
  if (!annotated) return { blob: graphBlob, width: graph.width, height: graph.height, scaleUsed: scale, clamped };

  const s = Math.max(1, scale);
  const pad = 20 * s;
  const width = Math.max(graph.width + 2 * pad, 700 * s);
  const measure = document.createElement('canvas').getContext('2d')!;
  const font = (px: number, bold = false) => `${bold ? 'bold ' : ''}${px * s}px system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif`;
  measure.font = font(14);
  const captionLines = opts.caption ? wrapByWidth(measure, opts.caption, width - 2 * pad) : [];
  measure.font = font(12);
  const printed = opts.sources ? sourceLines(sources).map((l) => ({ heading: l.heading, lines: wrapByWidth(measure, l.text, width - 2 * pad - 26 * s) })) : [];
  const usedKinds = NODE_KINDS.filter((k) => shown(cy.nodes(`[kind = "${k}"]`)).nonempty());
  const usedTypes = EDGE_TYPES.filter((t) => shown(cy.edges(`[type = "${t}"]`)).nonempty());
  const legendItems = opts.legend ? usedKinds.length + usedTypes.length : 0;
  const legendRows = legendItems ? Math.ceil(legendItems / Math.max(1, Math.floor((width - 2 * pad) / (150 * s)))) : 0;

  const headH = (opts.title ? 34 * s : 0) + captionLines.length * 19 * s + (opts.title || captionLines.length ? 8 * s : 0);
  const legendH = legendRows ? legendRows * 22 * s + 10 * s : 0;
  const sourcesH = printed.length ? 24 * s + printed.reduce((n, l) => n + l.lines.length * 16 * s + (l.heading ? 6 * s : 0), 0) : 0;
  const height = pad + headH + graph.height + legendH + sourcesH + pad;

  const clampedOut = clampScale(width, height, 1);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * clampedOut.scale);
  canvas.height = Math.round(height * clampedOut.scale);
  const g = canvas.getContext('2d')!;
  g.scale(clampedOut.scale, clampedOut.scale);
  if (bg) {
    g.fillStyle = bg;
    g.fillRect(0, 0, width, height);
  }
  g.fillStyle = '#1b1b1b';
  g.textBaseline = 'top';
  let y = pad;
  if (opts.title) {
    g.font = font(22, true);
    g.fillText(opts.title, pad, y);
    y += 34 * s;
  }
  g.font = font(14);
  g.fillStyle = '#444';
  for (const line of captionLines) {
    g.fillText(line, pad, y);
    y += 19 * s;
  }
  if (opts.title || captionLines.length) y += 8 * s;
  g.drawImage(graph, (width - graph.width) / 2, y);
  y += graph.height;
  if (legendItems) {
    y += 10 * s;
    const colW = 150 * s;
    const perRow = Math.max(1, Math.floor((width - 2 * pad) / colW));
    const items: { icon: string; label: string }[] = [
      ...usedKinds.map((k: NodeKind) => ({ icon: shapeSvg(NODE_STYLE[k].shape, 0, 0, 12, NODE_STYLE[k].color), label: k })),
      ...usedTypes.map((t: EdgeType) => ({ icon: `<line x1="-8" y1="0" x2="8" y2="0" stroke="${EDGE_COLOR[t]}" stroke-width="4"/>`, label: t })),
    ];
    g.font = font(12);
    g.fillStyle = '#1b1b1b';
    for (const [i, item] of items.entries()) {
      const x = pad + (i % perRow) * colW;
      const rowY = y + Math.floor(i / perRow) * 22 * s;
      g.drawImage(await iconImage(item.icon, Math.round(14 * s)), x, rowY);
      g.fillText(item.label, x + 20 * s, rowY + 1 * s);
    }
    y += legendRows * 22 * s;
  }
  if (printed.length) {
    y += 8 * s;
    g.font = font(13, true);
    g.fillStyle = '#1b1b1b';
    g.fillText('Sources', pad, y);
    y += 20 * s;
    for (const p of printed) {
      if (p.heading) y += 6 * s;
      g.font = font(12, p.heading);
      g.fillStyle = p.heading ? '#111' : '#333';
      for (const [i, line] of p.lines.entries()) {
        g.fillText(line, pad + (p.heading ? 0 : 12 * s) + (i ? 14 * s : 0), y);
        y += 16 * s;
      }
    }
  }
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
  return { blob, width: canvas.width, height: canvas.height, scaleUsed: scale * clampedOut.scale, clamped: clamped || clampedOut.clamped };
}
