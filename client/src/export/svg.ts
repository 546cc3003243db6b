// Our own SVG writer (cytoscape-svg is GPLv3): nodes as their shapes at their canvas positions, edges
// as lines (curved apart when parallel) with arrowheads, labels as <text>, and optionally a title,
// caption, legend and numbered sources. Only what is visible on the canvas is written.
import { shown } from '../graph/filters.ts';
import type cytoscape from 'cytoscape';
import { EDGE_TYPES, NODE_KINDS, type EdgeType, type NodeKind } from '../../../common/model.ts';
import { EDGE_COLOR, NODE_STYLE } from '../graph/palette.ts';
import { wrapText, type Annotations } from './annotations.ts';
import { xmlText as xmlEscape } from '../../../common/export/xml.ts';
import { shapeSvg } from './shapes.ts';
import { sourceLines, type SourceEntry } from './sources.ts';

const FONT = 'system-ui, Noto Sans, Noto Sans CJK SC, sans-serif';

export interface SvgOptions extends Annotations {
  edgeLabels: boolean;
  background: 'white' | 'transparent';
}

export function graphToSvg(cy: cytoscape.Core, opts: SvgOptions, sources: SourceEntry[] = []): string {
  const nodes = shown(cy.nodes());
  const edges = shown(cy.edges());
  const bb = nodes.boundingBox({ includeLabels: true });
  const pad = 30;
  const graphW = Math.max(bb.w, 200) + 2 * pad;
  const width = Math.max(graphW, 640);
  const dx = (width - graphW) / 2 + pad - bb.x1;
  let y = pad;
  const head: string[] = [];
  if (opts.title) {
    head.push(`<text x="${pad}" y="${y + 20}" font-size="22" font-weight="bold">${xmlEscape(opts.title)}</text>`);
    y += 34;
  }
  if (opts.caption) {
    for (const line of wrapText(opts.caption, Math.floor((width - 2 * pad) / 7.5))) {
      head.push(`<text x="${pad}" y="${y + 14}" font-size="14" fill="#444">${xmlEscape(line)}</text>`);
      y += 19;
    }
    y += 6;
  }
  const dy = y - bb.y1 + (head.length ? 10 : 0);
  const graphBottom = bb.y2 + dy + pad;
  const body: string[] = [];

  const usedTypes = new Set<EdgeType>();
  const pairCount = new Map<string, number>();
  const pairIndex = new Map<string, number>();
  edges.forEach((e) => {
    const key = [e.source().id(), e.target().id()].sort().join('\u0000');
    pairCount.set(key, (pairCount.get(key) ?? 0) + 1);
  });
  edges.forEach((e) => {
    const type = e.data('type') as EdgeType;
    usedTypes.add(type);
    const s = e.source().position();
    const t = e.target().position();
    const key = [e.source().id(), e.target().id()].sort().join('\u0000');
    const k = pairIndex.get(key) ?? 0;
    pairIndex.set(key, k + 1);
    const n = pairCount.get(key) ?? 1;
    const x1 = s.x + dx, y1 = s.y + dy, x2 = t.x + dx, y2 = t.y + dy;
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    // Stop at the target's edge so the arrowhead shows.
    const rt = (e.target().width() as number) / 2 + 2;
    const ex = x2 - ((x2 - x1) / len) * rt, ey = y2 - ((y2 - y1) / len) * rt;
    const off = (k - (n - 1) / 2) * 18 * (e.source().id() < e.target().id() ? 1 : -1);
    const mx = (x1 + ex) / 2 - ((y2 - y1) / len) * off, my = (y1 + ey) / 2 + ((x2 - x1) / len) * off;
    const color = EDGE_COLOR[type];
    body.push(`<path d="M${x1.toFixed(1)},${y1.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}" fill="none" stroke="${color}" stroke-width="2" marker-end="url(#arrow-${type})"><title>${xmlEscape(`${type}: ${e.data('quote') ?? ''}`)}</title></path>`);
    if (opts.edgeLabels) body.push(`<text x="${mx.toFixed(1)}" y="${(my - 3).toFixed(1)}" font-size="9" text-anchor="middle" fill="#333" paint-order="stroke" stroke="#fff" stroke-width="3">${xmlEscape(type)}</text>`);
  });
  const usedKinds = new Set<NodeKind>();
  nodes.forEach((node) => {
    const kind = node.data('kind') as NodeKind;
    usedKinds.add(kind);
    const p = node.position();
    const size = node.width() as number;
    const st = NODE_STYLE[kind] ?? NODE_STYLE.Organization;
    body.push(`<g class="node" data-id="${xmlEscape(node.id())}">${shapeSvg(st.shape, p.x + dx, p.y + dy, size, st.color, ' stroke="#fff" stroke-width="1.5"')}<text x="${(p.x + dx).toFixed(1)}" y="${(p.y + dy + size / 2 + 14).toFixed(1)}" font-size="11" text-anchor="middle" fill="#1b1b1b" paint-order="stroke" stroke="#fff" stroke-width="3">${xmlEscape(String(node.data('display') ?? node.data('label')))}</text></g>`);
  });

  y = graphBottom;
  const foot: string[] = [];
  if (opts.legend) {
    const items: string[] = [];
    let x = pad;
    const place = (w: number) => {
      if (x + w > width - pad) {
        x = pad;
        y += 20;
      }
      const at = x;
      x += w;
      return at;
    };
    for (const kind of NODE_KINDS.filter((k) => usedKinds.has(k))) {
      const at = place(24 + kind.length * 7.5);
      items.push(`${shapeSvg(NODE_STYLE[kind].shape, at + 7, y + 6, 12, NODE_STYLE[kind].color)}<text x="${at + 18}" y="${y + 10}" font-size="12">${kind}</text>`);
    }
    for (const type of EDGE_TYPES.filter((t) => usedTypes.has(t))) {
      const at = place(34 + type.length * 7.5);
      items.push(`<line x1="${at}" y1="${y + 6}" x2="${at + 20}" y2="${y + 6}" stroke="${EDGE_COLOR[type]}" stroke-width="3"/><text x="${at + 26}" y="${y + 10}" font-size="12">${type}</text>`);
    }
    foot.push(`<g class="legend">${items.join('')}</g>`);
    y += 30;
  }
  if (opts.sources && sources.length) {
    foot.push(`<text x="${pad}" y="${y + 12}" font-size="13" font-weight="bold">Sources</text>`);
    y += 20;
    for (const s of sourceLines(sources)) {
      if (s.heading) y += 4;
      for (const [i, line] of wrapText(s.text, Math.floor((width - 2 * pad) / 6.3)).entries()) {
        foot.push(`<text x="${pad + (s.heading ? 0 : 12) + (i ? 16 : 0)}" y="${y + 11}" font-size="11" fill="${s.heading ? '#111' : '#333'}"${s.heading ? ' font-weight="bold"' : ''}>${xmlEscape(line)}</text>`);
        y += 15;
      }
    }
  }
  const height = y + pad;
  const markers = EDGE_TYPES.map((t) => `<marker id="arrow-${t}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${EDGE_COLOR[t]}"/></marker>`).join('');
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" font-family="${FONT}">`,
    `<defs>${markers}</defs>`,
    opts.background === 'white' ? `<rect width="100%" height="100%" fill="#fff"/>` : '',
    ...head,
    `<g class="edges">`,
    ...body.filter((b) => b.startsWith('<path') || (opts.edgeLabels && b.startsWith('<text'))),
    `</g><g class="nodes">`,
    ...body.filter((b) => b.startsWith('<g class="node"')),
    `</g>`,
    ...foot,
    `</svg>`,
  ].join('\n');
}
