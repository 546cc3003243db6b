// Colours and shapes per node kind and edge type. Colours are the Okabe–Ito set (safe for the common
// colour-vision deficiencies); node kinds also differ by shape, so colour is never the only cue.
import type { EdgeType, NodeKind } from '../../../common/model.ts';

export type NodeShape = 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'triangle' | 'star' | 'rectangle';

export const NODE_STYLE: Record<NodeKind, { color: string; shape: NodeShape }> = {
  Country: { color: '#000000', shape: 'star' },
  Province: { color: '#0072B2', shape: 'hexagon' },
  City: { color: '#56B4E9', shape: 'round-rectangle' },
  Official: { color: '#E69F00', shape: 'ellipse' },
  Company: { color: '#009E73', shape: 'rectangle' },
  Organization: { color: '#CC79A7', shape: 'diamond' },
  Event: { color: '#D55E00', shape: 'triangle' },
};

export const EDGE_COLOR: Record<EdgeType, string> = {
  SIGNED: '#D55E00',
  VISITED: '#0072B2',
  MET: '#E69F00',
  INVESTED_IN: '#009E73',
  PARTNER_OF: '#CC79A7',
  LOCATED_IN: '#999999',
  HOLDS_POST: '#56B4E9',
  ATTENDED: '#8C6D00',
};

/** Dashed lines are costly on big canvases; only structural edges get them, and only when small. */
export const STRUCTURAL_EDGES: readonly EdgeType[] = ['LOCATED_IN', 'HOLDS_POST'];
