// Our own SVG writer (cytoscape-svg is GPLv3): the same picture as the PNG, read from what Cytoscape
// drew: nodes as their shapes, links along their drawn curves with arrowheads, labels and source
// numbers as <text> where the canvas placed them (declutter.ts, cite-spots.ts), dashes and fading
// as on the canvas, the basemap under a map; the frame (frame.ts) around it. Only what is shown is written.
import type cytoscape from 'cytoscape';
import { EDGE_TYPES, type EdgeType, type NodeKind } from '../../../../common/model.ts';
import { xmlText as xmlEscape } from '../../../../common/export/xml.ts';
import { basemapOverSvg, basemapSvg, SEA_FILL, type BasemapPaths } from '../../canvas/basemap.ts';
import type { MapCluster } from '../../canvas/geo-markers.ts';
import { EDGE_COLOR, NODE_STYLE } from '../../canvas/palette.ts';
import { shapeSvg } from '../../canvas/shapes.ts';
import { FONT_FAMILY } from '../../canvas/style.ts';
import { shown } from '../../canvas/visibility.ts';
import type { Annotations } from './annotations.ts';
import { estimate, layoutFrame, type FrameItem } from './frame.ts';
import type { SourceEntry } from './sources.ts';
import { edgeStatementOf } from '../../ui/edge-statement.tsx';

export interface SvgOptions extends Annotations {
  background: 'white' | 'transparent';
  /** The map under the geographic layout (model coordinates), drawn under the graph. */
  basemap?: BasemapPaths | null;
}

const f1 = (v: number) => v.toFixed(1);
const LABEL_BOX = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };

/** Model coordinates to the picture's: the canvas's viewport (as the PNG's picture), moved into the frame. */
interface Place {
  zoom: number;
  x: (mx: number) => number;
  y: (my: number) => number;
}

function placeOf(cy: cytoscape.Core, at: { x: number; y: number }): Place {
  const { x: px, y: py } = cy.pan();
  const zoom = cy.zoom();
  return { zoom, x: (mx) => mx * zoom + px + at.x, y: (my) => my * zoom + py + at.y };
}

/** How the canvas draws an element: its opacity (on its shape and its label alike), as the stylesheet resolved it. */
function fade(ele: cytoscape.NodeSingular | cytoscape.EdgeSingular): string {
  const opacity = Number(ele.style('opacity'));
  return opacity < 1 ? ` opacity="${opacity}"` : '';
}

/**
 * A node's ring as the canvas draws it (its resolved border: white by default, the orange of a
 * highlighted path or result, the pinned double ring), at the picture's zoom (walk 10, 9: the SVG
 * drew every node with a white ring, so a highlighted path lost its orange one).
 */
function ring(node: cytoscape.NodeSingular, zoom: number): string {
  const width = Number.parseFloat(node.style('border-width')) * zoom;
  if (!(width > 0)) return '';
  const dash = node.style('border-style') === 'dashed' ? ' stroke-dasharray="4 3"' : '';
  return ` stroke="${node.style('border-color')}" stroke-width="${f1(width)}"${dash}`;
}

/** A link as Cytoscape drew it: from endpoint to endpoint through its control points. */
function edgePath(e: cytoscape.EdgeSingular, p: Place): string {
  const pt = (q: cytoscape.Position) => `${f1(p.x(q.x))},${f1(p.y(q.y))}`;
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const ctrl = (e.controlPoints() as cytoscape.Position[] | undefined) ?? [];
  if (ctrl.length === 0) return `M${pt(s)} L${pt(t)}`;
  if (ctrl.length === 1) return `M${pt(s)} Q${pt(ctrl[0]!)} ${pt(t)}`;
  return `M${pt(s)} ${ctrl.map((c) => `L${pt(c)}`).join(' ')} L${pt(t)}`;
}

/** A label where Cytoscape drew it: the centre of its drawn box, at its drawn size. */
function labelText(box: cytoscape.BoundingBox12, px: number, p: Place, text: string, attrs: string): string {
  const cx = p.x((box.x1 + box.x2) / 2);
  const cy = p.y((box.y1 + box.y2) / 2);
  return `<text${attrs} x="${f1(cx)}" y="${f1(cy + px * 0.35)}" font-size="${f1(px)}" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3">${xmlEscape(text)}</text>`;
}

/** Edges as the canvas draws them (curves, dashes, fading), arrowheads, and their numbers on them. */
function svgEdges(edges: cytoscape.EdgeCollection, p: Place): string[] {
  const out: string[] = [];
  edges.forEach((e) => {
    if (!e.source().visible() || !e.target().visible()) return;
    // An edge Cytoscape has not drawn (its ends on one spot, or not yet placed) has no endpoints.
    if (!e.sourceEndpoint() || !e.targetEndpoint()) return;
    const type = e.data('type') as EdgeType;
    const statement = edgeStatementOf(e);
    const dashed = e.style('line-style') !== 'solid' ? ' stroke-dasharray="6 4"' : '';
    // A link and its number fade together, as on the canvas (walk 10, 9: a faded link's number was full black).
    out.push(
      `<g class="edge"${fade(e)}><path d="${edgePath(e, p)}" fill="none" stroke="${EDGE_COLOR[type]}" stroke-width="${f1(Number.parseFloat(e.style('width')) * p.zoom)}" marker-end="url(#arrow-${type})"${dashed}><title>${xmlEscape(statement)}</title></path>`,
    );
    const text = String(e.style('label') ?? '');
    if (!text) return void out.push('</g>');
    const px = Number.parseFloat(e.style('font-size')) * p.zoom;
    const cls = e.data('cite') ? ' class="cite" font-weight="bold" fill="#111"' : ' fill="#333"';
    // Where Cytoscape draws an edge's label: its middle, moved by its margins (cite-spots.ts).
    const mid = (e.midpoint() as cytoscape.Position | undefined) ?? e.sourceEndpoint();
    const x = mid.x + Number.parseFloat(e.style('text-margin-x'));
    const y = mid.y + Number.parseFloat(e.style('text-margin-y'));
    out.push(labelText({ x1: x, x2: x, y1: y, y2: y }, px, p, text, cls), '</g>');
  });
  return out;
}

/** A cluster's pie fills this share of its marker, as on the canvas (map-style.ts 'pie-size'). */
const PIE_SIZE = 0.84;

/**
 * A cluster's pie of the kinds inside, as Cytoscape draws it: slices clockwise from 12 o'clock, each
 * its kind's colour and share.
 */
function pieSvg(pie: MapCluster['pie'], cx: number, cy: number, r: number): string {
  const at = (turn: number) =>
    `${f1(cx + r * Math.sin(turn * 2 * Math.PI))},${f1(cy - r * Math.cos(turn * 2 * Math.PI))}`;
  let start = 0;
  return pie
    .map(({ color, percent }) => {
      const share = percent / 100;
      if (share >= 0.9999)
        return `<circle class="pie-slice" cx="${f1(cx)}" cy="${f1(cy)}" r="${f1(r)}" fill="${color}"/>`;
      const d = `M${f1(cx)},${f1(cy)} L${at(start)} A${f1(r)},${f1(r)} 0 ${share > 0.5 ? 1 : 0} 1 ${at(start + share)} Z`;
      start += share;
      return `<path class="pie-slice" d="${d}" fill="${color}"/>`;
    })
    .join('');
}

function svgNodes(nodes: cytoscape.NodeCollection, p: Place): string[] {
  return nodes.map((node) => {
    const st = NODE_STYLE[node.data('kind') as NodeKind] ?? NODE_STYLE.Organization;
    const q = node.position();
    const [x, y] = [p.x(q.x), p.y(q.y)];
    const size = (node.width() as number) * p.zoom;
    const cluster = node.data('mapCluster') as MapCluster | undefined;
    // Filled and ringed as the stylesheet resolved it: a place off the map (faded, dashed grey ring), a
    // node placed by its links (faded, dashed ring of its kind's colour: map-style.ts), a highlighted
    // one (orange ring), a pinned one, else the white ring.
    const fill = Number(node.style('background-opacity'));
    const outline = `${fill < 1 ? ` fill-opacity="${fill}"` : ''}${ring(node, p.zoom)}`;
    const shape = cluster
      ? `<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(size / 2)}" fill="#fff" stroke="#333" stroke-width="2"/>${pieSvg(cluster.pie, x, y, (size / 2) * PIE_SIZE)}`
      : shapeSvg(st.shape, x, y, size, st.color, outline);
    // Only the labels the canvas shows for this view (declutter.ts), where it shows them.
    const text = node.hasClass('label-hidden') ? '' : String(node.style('label') ?? '');
    const px = Number.parseFloat(node.style('font-size')) * p.zoom;
    const label = text ? labelText(node.boundingBox(LABEL_BOX), px, p, text, ' fill="#1b1b1b"') : '';
    const offMap = node.hasClass('geo-offmap') ? ' data-off-map="true"' : '';
    return `<g class="node" data-id="${xmlEscape(node.id())}"${offMap}${fade(node)}>${shape}${label}</g>`;
  });
}

/** The SVG painter of the frame model. */
function frameItem(item: FrameItem): string {
  if (item.kind === 'icon')
    return `<svg x="${f1(item.x)}" y="${f1(item.y)}" width="${item.size}" height="${item.size}" viewBox="-8 -8 16 16">${item.svg}</svg>`;
  const weight = item.bold ? ' font-weight="bold"' : '';
  return `<text x="${f1(item.x)}" y="${f1(item.y + item.size * 0.85)}" font-size="${item.size}" fill="${item.color}"${weight}>${xmlEscape(item.text)}</text>`;
}

/** The basemap in the picture: model coordinates placed like the graph, clipped to the graph's area. */
function mapLayer(paths: BasemapPaths, clip: { x: number; y: number; w: number; h: number }, p: Place): string {
  const r = `x="${f1(clip.x)}" y="${f1(clip.y)}" width="${f1(clip.w)}" height="${f1(clip.h)}"`;
  const move = `translate(${f1(p.x(0))} ${f1(p.y(0))}) scale(${p.zoom})`;
  return `<clipPath id="map-clip"><rect ${r}/></clipPath><g class="basemap" clip-path="url(#map-clip)"><rect ${r} fill="${SEA_FILL}"/><g transform="${move}">${basemapSvg(paths, 1 / p.zoom)}</g></g>`;
}

/** What the map draws over the graph (the called-out names' leaders), placed like the map. */
function mapOverLayer(paths: BasemapPaths, p: Place): string {
  const over = basemapOverSvg(paths, 1 / p.zoom);
  return over
    ? `<g class="basemap-over" transform="translate(${f1(p.x(0))} ${f1(p.y(0))}) scale(${p.zoom})">${over}</g>`
    : '';
}

/**
 * The picture as the PNG's: the canvas's viewport (call it inside picture-view.ts's inPictureView,
 * which fits the whole graph or keeps the map view and places the labels), drawn as vectors.
 */
export function graphToSvg(cy: cytoscape.Core, opts: SvgOptions, sources: SourceEntry[] = []): string {
  // Under the map, a cluster's hidden members and the links drawn to it in the map layer are left out.
  const nodes = shown(cy.nodes()).not('.geo-clustered');
  const frame = layoutFrame(cy, { w: cy.width(), h: cy.height() }, opts, opts.sources ? sources : [], estimate);
  const p = placeOf(cy, frame.graph);
  const w = Math.ceil(frame.width);
  const h = Math.ceil(frame.height);
  const markers = EDGE_TYPES.map(
    (t) =>
      `<marker id="arrow-${t}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${EDGE_COLOR[t]}"/></marker>`,
  ).join('');
  const g = frame.graph;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${FONT_FAMILY.replace(/"/g, '')}">`,
    `<defs>${markers}<clipPath id="graph-clip"><rect x="${f1(g.x)}" y="${f1(g.y)}" width="${f1(g.w)}" height="${f1(g.h)}"/></clipPath></defs>`,
    opts.background === 'white' ? `<rect width="100%" height="100%" fill="#fff"/>` : '',
    opts.basemap ? mapLayer(opts.basemap, g, p) : '',
    `<g clip-path="url(#graph-clip)"><g class="edges">`,
    ...svgEdges(shown(cy.edges()).not('.geo-cluster-edge'), p),
    `</g><g class="nodes">`,
    ...svgNodes(nodes, p),
    `</g>`,
    opts.basemap ? mapOverLayer(opts.basemap, p) : '',
    `</g>`,
    `<g class="frame">${frame.items.map(frameItem).join('')}</g>`,
    `</svg>`,
  ].join('\n');
}
