// Our own SVG writer (cytoscape-svg is GPLv3): nodes as their shapes at their canvas positions, edges
// as lines (curved apart when parallel) with arrowheads and the numbers of their sources, labels as
// <text>, the basemap under a map; the frame (frame.ts: title, caption, legend, sources) around it.
// Only what is visible on the canvas is written.
import type cytoscape from 'cytoscape';
import { EDGE_TYPES, type EdgeType, type NodeKind } from '../../../../common/model.ts';
import { xmlText as xmlEscape } from '../../../../common/export/xml.ts';
import { basemapSvg, SEA_FILL, type BasemapPaths } from '../../canvas/basemap.ts';
import type { MapCluster } from '../../canvas/geo-markers.ts';
import { EDGE_COLOR, NODE_STYLE } from '../../canvas/palette.ts';
import { shapeSvg } from '../../canvas/shapes.ts';
import { CITE_PX, FONT_FAMILY } from '../../canvas/style.ts';
import { shown } from '../../canvas/visibility.ts';
import type { Annotations } from './annotations.ts';
import { estimate, layoutFrame, type FrameItem } from './frame.ts';
import type { SourceEntry } from './sources.ts';

export interface SvgOptions extends Annotations {
  edgeLabels: boolean;
  background: 'white' | 'transparent';
  /** The map under the geographic layout (model coordinates), drawn under the graph. */
  basemap?: BasemapPaths | null;
}

const PAD = 30;
const f1 = (v: number) => v.toFixed(1);

/** Edges as quadratic curves, parallel ones bent apart, stopping at the target so the arrow shows. */
function svgEdges(edges: cytoscape.EdgeCollection, dx: number, dy: number, edgeLabels: boolean): string[] {
  const pairCount = new Map<string, number>();
  const pairIndex = new Map<string, number>();
  const pairKey = (e: cytoscape.EdgeSingular) => [e.source().id(), e.target().id()].sort().join('\u0000');
  edges.forEach((e) => void pairCount.set(pairKey(e), (pairCount.get(pairKey(e)) ?? 0) + 1));
  const out: string[] = [];
  edges.forEach((e) => {
    const type = e.data('type') as EdgeType;
    const s = e.source().position();
    const t = e.target().position();
    const key = pairKey(e);
    const k = pairIndex.get(key) ?? 0;
    pairIndex.set(key, k + 1);
    const n = pairCount.get(key) ?? 1;
    const [x1, y1, x2, y2] = [s.x + dx, s.y + dy, t.x + dx, t.y + dy];
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    const rt = (e.target().width() as number) / 2 + 2;
    const ex = x2 - ((x2 - x1) / len) * rt;
    const ey = y2 - ((y2 - y1) / len) * rt;
    const off = (k - (n - 1) / 2) * 18 * (e.source().id() < e.target().id() ? 1 : -1);
    const mx = (x1 + ex) / 2 - ((y2 - y1) / len) * off;
    const my = (y1 + ey) / 2 + ((x2 - x1) / len) * off;
    const statement = `${e.source().data('label')} —${type}→ ${e.target().data('label')}`;
    out.push(
      `<path d="M${f1(x1)},${f1(y1)} Q${f1(mx)},${f1(my)} ${f1(ex)},${f1(ey)}" fill="none" stroke="${EDGE_COLOR[type]}" stroke-width="2" marker-end="url(#arrow-${type})"><title>${xmlEscape(statement)}</title></path>`,
    );
    if (e.data('cite'))
      out.push(
        `<text class="cite" x="${f1(mx)}" y="${f1(my + 5)}" font-size="${CITE_PX}" font-weight="bold" text-anchor="middle" fill="#111" paint-order="stroke" stroke="#fff" stroke-width="3">${xmlEscape(String(e.data('cite')))}</text>`,
      );
    if (edgeLabels)
      out.push(
        `<text x="${f1(mx)}" y="${f1(my - 3)}" font-size="9" text-anchor="middle" fill="#333" paint-order="stroke" stroke="#fff" stroke-width="3">${xmlEscape(type)}</text>`,
      );
  });
  return out;
}

function svgNodes(nodes: cytoscape.NodeCollection, dx: number, dy: number): string[] {
  return nodes.map((node) => {
    const st = NODE_STYLE[node.data('kind') as NodeKind] ?? NODE_STYLE.Organization;
    const p = node.position();
    const size = node.width() as number;
    const cluster = node.data('mapCluster') as MapCluster | undefined;
    const label = xmlEscape(cluster?.label ?? String(node.data('display') ?? node.data('label')));
    const shape = cluster
      ? `<circle cx="${f1(p.x + dx)}" cy="${f1(p.y + dy)}" r="${f1(size / 2)}" fill="#fff" stroke="#333" stroke-width="2"/>`
      : shapeSvg(st.shape, p.x + dx, p.y + dy, size, st.color, ' stroke="#fff" stroke-width="1.5"');
    return `<g class="node" data-id="${xmlEscape(node.id())}">${shape}<text x="${f1(p.x + dx)}" y="${f1(p.y + dy + size / 2 + 14)}" font-size="11" text-anchor="middle" fill="#1b1b1b" paint-order="stroke" stroke="#fff" stroke-width="3">${label}</text></g>`;
  });
}

/** The SVG painter of the frame model. */
function frameItem(item: FrameItem): string {
  if (item.kind === 'icon')
    return `<svg x="${f1(item.x)}" y="${f1(item.y)}" width="${item.size}" height="${item.size}" viewBox="-8 -8 16 16">${item.svg}</svg>`;
  const weight = item.bold ? ' font-weight="bold"' : '';
  return `<text x="${f1(item.x)}" y="${f1(item.y + item.size * 0.85)}" font-size="${item.size}" fill="${item.color}"${weight}>${xmlEscape(item.text)}</text>`;
}

/** The basemap in the picture: model coordinates moved like the graph, clipped to the graph's area. */
function mapLayer(
  paths: BasemapPaths,
  clip: { x: number; y: number; w: number; h: number },
  dx: number,
  dy: number,
): string {
  const r = `x="${f1(clip.x)}" y="${f1(clip.y)}" width="${f1(clip.w)}" height="${f1(clip.h)}"`;
  return `<clipPath id="map-clip"><rect ${r}/></clipPath><g class="basemap" clip-path="url(#map-clip)"><rect ${r} fill="${SEA_FILL}"/><g transform="translate(${f1(dx)} ${f1(dy)})">${basemapSvg(paths, 1)}</g></g>`;
}

export function graphToSvg(cy: cytoscape.Core, opts: SvgOptions, sources: SourceEntry[] = []): string {
  // Under the map, a cluster's hidden members and the links drawn to it in the map layer are left out.
  const nodes = shown(cy.nodes()).not('.geo-clustered');
  const bb = nodes.boundingBox({ includeLabels: true });
  const frame = layoutFrame(
    cy,
    { w: Math.max(bb.w, 200) + 2 * PAD, h: bb.h + 2 * PAD },
    opts,
    opts.sources ? sources : [],
    estimate,
  );
  const dx = frame.graph.x + PAD - bb.x1;
  const dy = frame.graph.y + PAD - bb.y1;
  const w = Math.ceil(frame.width);
  const h = Math.ceil(frame.height);
  const markers = EDGE_TYPES.map(
    (t) =>
      `<marker id="arrow-${t}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${EDGE_COLOR[t]}"/></marker>`,
  ).join('');
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${FONT_FAMILY.replace(/"/g, '')}">`,
    `<defs>${markers}</defs>`,
    opts.background === 'white' ? `<rect width="100%" height="100%" fill="#fff"/>` : '',
    opts.basemap ? mapLayer(opts.basemap, frame.graph, dx, dy) : '',
    `<g class="edges">`,
    ...svgEdges(shown(cy.edges()).not('.geo-cluster-edge'), dx, dy, opts.edgeLabels),
    `</g><g class="nodes">`,
    ...svgNodes(nodes, dx, dy),
    `</g>`,
    `<g class="frame">${frame.items.map(frameItem).join('')}</g>`,
    `</svg>`,
  ].join('\n');
}
