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

/** Line width by the number of outlets stating a link: 1, 2, 3 or more. */
export const SOURCES_WIDTH: readonly [number, number, number] = [2, 3.5, 5.5];
/** The mark on a link whose sources disagree (an amount, a date): a diamond at its middle. */
export const CONFLICT_COLOR = '#E41A1C';

/** Dashed lines are costly on big canvases; only structural edges get them, and only when small. */
export const STRUCTURAL_EDGES: readonly EdgeType[] = ['LOCATED_IN', 'HOLDS_POST'];

/** What a dashed link is, said wherever the legends draw one (walk 30, 9: drawn dashed, listed solid). */
export const DASHED_MEANS = 'dashed: belonging, not an event';

/**
 * A link type's swatch in the legends (SVG), `half` units either side of its middle, as the canvas
 * draws it: dashed for the structural types.
 */
export function edgeSwatchSvg(type: EdgeType, half: number, width: number): string {
  const dash = STRUCTURAL_EDGES.includes(type) ? ` stroke-dasharray="${width + 1} ${Math.max(1.5, width - 1)}"` : '';
  return `<line x1="${-half}" y1="0" x2="${half}" y2="0" stroke="${EDGE_COLOR[type]}" stroke-width="${width}"${dash}/>`;
}

/** The same swatch as a filled outline (the PDF's legend draws paths): three dashes for a structural type. */
export function edgeSwatchPath(type: EdgeType, half: number): string {
  const bar = (a: number, b: number) => `M${a},-1.5 H${b} V1.5 H${a} Z`;
  if (!STRUCTURAL_EDGES.includes(type)) return bar(-half, half);
  const third = (2 * half) / 5;
  return [bar(-half, -half + third), bar(-third / 2, third / 2), bar(half - third, half)].join(' ');
}
