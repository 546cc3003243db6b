// The Cytoscape stylesheet: built from the palette, the label mode and the size mode. Label text and
// node size live in data fields (`display`, `size`) computed elsewhere, so restyling is a data update.
import type cytoscape from 'cytoscape';
import { EDGE_TYPES, NODE_KINDS } from '../../../common/model.ts';
import { EDGE_COLOR, NODE_STYLE, STRUCTURAL_EDGES } from './palette.ts';

export const BIG_GRAPH = 800;

export function stylesheet(opts: { edgeLabels: boolean; large: boolean }): cytoscape.StylesheetJson {
  const s: cytoscape.StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        width: 'data(size)',
        height: 'data(size)',
        'font-size': 11,
        'font-family': 'system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif',
        color: '#1b1b1b',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'min-zoomed-font-size': opts.large ? 9 : 0,
      },
    },
  ];
  for (const kind of NODE_KINDS) {
    s.push({ selector: `node[kind = "${kind}"]`, style: { 'background-color': NODE_STYLE[kind].color, shape: NODE_STYLE[kind].shape } });
  }
  s.push({
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': opts.large ? 'haystack' : 'bezier',
      'target-arrow-shape': opts.large ? 'none' : 'triangle',
      'arrow-scale': 0.9,
      label: opts.edgeLabels ? 'data(type)' : '',
      'font-size': 9,
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
  s.push(
    { selector: '.filtered, .hidden', style: { display: 'none' } },
    { selector: 'node:selected', style: { 'border-color': '#111', 'border-width': 4, 'underlay-color': '#F0E442', 'underlay-opacity': 0.9, 'underlay-padding': 6 } },
    { selector: 'edge:selected', style: { width: 5, 'underlay-color': '#F0E442', 'underlay-opacity': 0.9, 'underlay-padding': 3 } },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#111' } },
    { selector: '.path-highlight', style: { 'underlay-color': '#D55E00', 'underlay-opacity': 0.35, 'underlay-padding': 8, 'z-index': 10 } },
    { selector: 'edge.path-highlight', style: { width: 5 } },
    { selector: '.faded', style: { opacity: 0.25 } },
  );
  return s;
}
