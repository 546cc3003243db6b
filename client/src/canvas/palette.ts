// Colours and shapes per node kind and edge type. Colours are the Okabe–Ito set (safe for the common
// colour-vision deficiencies) for nodes; node kinds also differ by shape, so colour is never the
// only cue.
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

/**
 * Edge colours: a second set whose hues none of the node fills use (purple, brown, magenta, olive,
 * ochre, wine, greys), so a line is never read as a node kind. Types also differ by dash and label.
 */
export const EDGE_COLOR: Record<EdgeType, string> = {
  SIGNED: '#6A3D9A',
  VISITED: '#A6611A',
  MET: '#D01C8B',
  INVESTED_IN: '#5E8C00',
  PARTNER_OF: '#B8860B',
  LOCATED_IN: '#9A9A9A',
  HOLDS_POST: '#7A8CA3',
  ATTENDED: '#8E0152',
};

/** Dashed lines are costly on big canvases; only structural edges get them, and only when small. */
export const STRUCTURAL_EDGES: readonly EdgeType[] = ['LOCATED_IN', 'HOLDS_POST'];
