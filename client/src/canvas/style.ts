// The Cytoscape stylesheet: built from the palette. Label text and node size live in data fields
// (`display`, `size`) computed elsewhere, so restyling is a data update. Labels keep one size on
// screen at any zoom (font size = LABEL_PX / zoom), so no shown label is ever smaller than 9 px;
// which labels show is decided by declutter.ts. Selection is an outline that follows the node's
// own shape (hexagon, star…), never a square behind it.
import type cytoscape from 'cytoscape';
import { EDGE_TYPES, NODE_KINDS } from '../../../common/model.ts';
import { markerPx } from './geo-fan.ts';
import { KEYBOARD_OUTLINE, labelPlaceStyles, SELECT_OUTLINE } from './label-place-style.ts';
import { RING_END_STYLES } from './ring-ends.ts';
import { mapMarkerStyles } from './map-style.ts';
import { CONFLICT_COLOR, EDGE_COLOR, NODE_STYLE, SOURCES_WIDTH, STRUCTURAL_EDGES } from './palette.ts';

export const BIG_GRAPH = 800;
/** On-screen size of node labels; edge labels are 2 px smaller. */
export const LABEL_PX = 11;
/** Source numbers on cited edges: this size on screen and in every picture, times the label scale. */
export const CITE_PX = 14;
export const SELECT_COLOR = '#111111';
export const FONT_FAMILY = 'system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif';

/**
 * Labels grow for a projector while presenting (present-actions.ts sets it). `markers`: the scale the
 * map's markers are placed for (geo-markers.ts) when it is not the names' own: a PDF page keeps its
 * names within what reads in print but gathers its markers as Present does (walk 10, 7b: "Bắc Ninh
 * +3" on the page where Present and the PNG drew "Bắc Ninh +4" and "Hải Phòng +1").
 */
export const labelScale: { value: number; markers?: number | undefined } = { value: 1 };
const zoomOf = (ele: { cy(): cytoscape.Core }) => ele.cy().zoom() / labelScale.value;
/**
 * Model size of a source number: CITE_PX on screen at any zoom, grown with the names (the label
 * scale). Every picture is drawn at the zoom of the viewport it shows (picture-view.ts); numbers
 * kept at CITE_PX model units past a zoom of 1 were drawn 5x a name's size in a zoomed-in view's PNG
 * (walk 26, 3).
 */
export const citeModelPx = (cy: cytoscape.Core) => (CITE_PX * labelScale.value) / cy.zoom();
const citeFont = (ele: cytoscape.SingularElementReturnValue) => citeModelPx(ele.cy());
/**
 * Zoomed in past 1, a link's width and arrowhead keep their size on screen, as names do (walk 14, 3:
 * 6 wheel steps into Lạng Sơn drew arrowheads 4× their size over the names; Cytoscape's arrowhead is
 * never under 29 model units, whatever the width). Zoomed out they shrink with the picture.
 */
export const cappedScale = (cy: cytoscape.Core) => 1 / Math.max(cy.zoom() / labelScale.value, 1);
const capped = (value: number) =>
  ((ele: cytoscape.SingularElementReturnValue) => value * cappedScale(ele.cy())) as unknown as number;

export function stylesheet(opts: { edgeLabels: boolean; large: boolean }): cytoscape.StylesheetJson {
  // Large graphs keep fixed-size labels and let Cytoscape drop the small ones (cheaper than restyling).
  const nodeFont = opts.large ? LABEL_PX : (ele: cytoscape.SingularElementReturnValue) => LABEL_PX / zoomOf(ele);
  const edgeFont = opts.large
    ? LABEL_PX - 2
    : (ele: cytoscape.SingularElementReturnValue) => (LABEL_PX - 2) / zoomOf(ele);
  const s: cytoscape.StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        width: 'data(size)',
        height: 'data(size)',
        'font-size': nodeFont as unknown as number,
        'font-family': FONT_FAMILY,
        color: '#1b1b1b',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-max-width': '160px',
        'border-width': 1.5,
        'border-color': '#ffffff',
        'min-zoomed-font-size': opts.large ? 9 : 0,
      },
    },
  ];
  for (const kind of NODE_KINDS) {
    s.push({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': NODE_STYLE[kind].color, shape: NODE_STYLE[kind].shape },
    });
  }
  // Under the map, markers keep one size on screen while the map zooms (as map tools do).
  const marker = (ele: cytoscape.SingularElementReturnValue) =>
    markerPx(Number(ele.data('size')) || 30) / ele.cy().zoom();
  s.push({
    selector: 'node.geo-marker',
    style: { width: marker as unknown as number, height: marker as unknown as number },
  });
  s.push({
    selector: 'edge',
    style: {
      width: opts.large ? SOURCES_WIDTH[0] : capped(SOURCES_WIDTH[0]),
      'curve-style': opts.large ? 'haystack' : 'bezier',
      'target-arrow-shape': opts.large ? 'none' : 'triangle',
      'arrow-scale': opts.large ? 0.9 : capped(0.9),
      label: opts.edgeLabels ? 'data(type)' : '',
      'font-size': edgeFont as unknown as number,
      // The nodes' family: unset, Cytoscape's Helvetica fell back to a serif face for some source
      // numbers and not others in the same picture (walk 30, 3).
      'font-family': FONT_FAMILY,
      color: '#333',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': opts.edgeLabels ? 0.85 : 0,
      'text-background-padding': '1px',
      'min-zoomed-font-size': opts.large ? 9 : 0,
    },
  });
  for (const type of EDGE_TYPES) {
    s.push({
      selector: `edge[type = "${type}"]`,
      style: {
        'line-color': EDGE_COLOR[type],
        'target-arrow-color': EDGE_COLOR[type],
        ...(STRUCTURAL_EDGES.includes(type) && !opts.large ? { 'line-style': 'dashed' as const } : {}),
      },
    });
  }
  s.push(...sourceStyles(opts.large));
  s.push(...STATE_STYLES, ...mapMarkerStyles());
  return s;
}

/** Corroboration: wider lines for links more outlets state; a mark where sources disagree. */
const sourceStyles = (large: boolean): cytoscape.StylesheetJson => [
  { selector: 'edge[sources >= 2]', style: { width: large ? SOURCES_WIDTH[1] : capped(SOURCES_WIDTH[1]) } },
  { selector: 'edge[sources >= 3]', style: { width: large ? SOURCES_WIDTH[2] : capped(SOURCES_WIDTH[2]) } },
  {
    selector: 'edge[?conflict]',
    style: {
      'mid-target-arrow-shape': 'diamond',
      'mid-target-arrow-color': CONFLICT_COLOR,
      'mid-target-arrow-fill': 'filled',
      'arrow-scale': large ? 1.2 : capped(1.2),
    },
  },
];

/** How element states look (filtered, hovered, selected, pinned, on a path, cited): the same at any size. */
const STATE_STYLES: cytoscape.StylesheetJson = [
  { selector: '.filtered, .hidden', style: { display: 'none' } },
  // Always wins: a hovered, selected or highlighted node is ranked first by the declutter rather
  // than given its name here (a name forced over the declutter's choice ran into others).
  { selector: 'node.label-hidden', style: { label: '' } },
  // A link whose arrowhead a must-show name covers (declutter.ts) is drawn above nodes and names
  // (the pointer still finds a node under it first: hit-order.ts).
  { selector: 'edge.arrow-over', style: { 'z-compound-depth': 'top' } },
  { selector: 'node.label-first', style: { 'z-index': 5 } },
  // A cluster's name says what its pie stands for and may cover markers: above the provinces' names
  // that must show too (walk 19, 2: Hà Nội's hexagon drawn over "10th Vietnam-… +17" at 1024).
  { selector: 'node.geo-cluster.label-first', style: { 'z-index': 6 } },
  // A name shown over another node's marker: above that marker, a level above a name it covers that covers another (declutter.ts).
  { selector: 'node.label-over', style: { 'z-index': 7 } },
  { selector: 'node.label-over-2', style: { 'z-index': 8 } },
  { selector: 'node.label-over-3', style: { 'z-index': 9 } },
  { selector: 'node.label-over-4', style: { 'z-index': 10 } },
  { selector: 'node.label-over-5', style: { 'z-index': 11 } },
  { selector: 'node.label-over-6', style: { 'z-index': 12 } },
  // Where the declutter put each name (declutter.ts), clear of a selection's outline.
  ...labelPlaceStyles((ele) => cappedScale(ele.cy())),
  { selector: 'node.hover-dim, edge.hover-dim', style: { opacity: 0.22 } },
  { selector: 'node.hover-focus', style: { 'border-color': '#111', 'border-width': 2.5, 'z-index': 20 } },
  { selector: 'edge.hover-near', style: { width: 3.5, 'z-index': 15 } },
  {
    selector: 'edge.hover-focus',
    style: {
      width: SOURCES_WIDTH[2] + 2,
      'z-index': 20,
      'underlay-color': '#111',
      'underlay-opacity': 0.18,
      'underlay-padding': 4,
    },
  },
  {
    selector: 'node:selected',
    style: {
      'outline-width': SELECT_OUTLINE.width,
      'outline-color': SELECT_COLOR,
      'outline-offset': SELECT_OUTLINE.offset,
      'outline-opacity': 1,
      'z-index': 30,
    } as cytoscape.Css.Node,
  },
  {
    // Thick and outlined in the selection colour, in its own type's colour: drawn all black, a
    // selected MET link no longer read as MET (walk 34, C11).
    selector: 'edge:selected',
    style: {
      width: 5,
      'line-outline-width': 2,
      'line-outline-color': SELECT_COLOR,
      'z-index': 30,
    } as cytoscape.Css.Edge,
  },
  {
    selector: 'node.keyboard-focus',
    style: {
      'outline-width': KEYBOARD_OUTLINE.width,
      'outline-color': '#E69F00',
      'outline-offset': KEYBOARD_OUTLINE.offset,
    } as cytoscape.Css.Node,
  },
  // The links of a ringed node end at its ring, their arrowheads seen (ring-ends.ts).
  ...RING_END_STYLES,
  { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#111' } },
  { selector: 'edge.path-highlight', style: { width: 5, 'z-index': 10 } },
  {
    selector: 'node.path-highlight',
    style: { 'border-color': '#D55E00', 'border-width': 4 },
  },
  { selector: '.faded', style: { opacity: 0.25 } },
  // The links beside a selected one, between the same two nodes (canvas/link-focus.ts).
  { selector: 'edge.sibling-faded', style: { opacity: 0.12 } },
  // A result's nodes flash once when drawn (app/highlight.ts): a thick ring in the node's own shape.
  { selector: 'node.result-flash', style: { 'border-color': '#F0A030', 'border-width': 10 } },
  { selector: 'node.present-big', style: { 'font-weight': 'bold' } },
  {
    selector: 'edge[cite]',
    style: {
      label: 'data(cite)',
      'font-size': citeFont as unknown as number,
      // Level, as the SVG draws them: a number turned with its link is harder to read, and its
      // turned box (what placement keeps apart) is up to twice as wide and tall.
      'text-rotation': 'none',
      'text-background-opacity': 0.9,
      color: '#111',
      'font-weight': 'bold',
    },
  },
];
