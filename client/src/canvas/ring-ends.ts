// A selected or keyboard-focused node wears a ring (an outline outside its shape) drawn above the
// links: the arrowheads of the links entering it ended under the ring, their direction unseen
// (walk 32, clumsy 1). Its links stop at the ring's outer edge instead: each link is marked by
// which of its ends is ringed, and the stylesheet (RING_END_STYLES) keeps that end off the node.
import type cytoscape from 'cytoscape';
import { KEYBOARD_OUTLINE, SELECT_OUTLINE } from './label-place-style.ts';

const reach = (o: { width: number; offset: number }) => o.width + o.offset;

/** Later rules win: the keyboard's wider ring over the selection's. */
export const RING_END_STYLES: cytoscape.StylesheetJson = [
  { selector: 'edge.from-selected', style: { 'source-distance-from-node': reach(SELECT_OUTLINE) } },
  { selector: 'edge.to-selected', style: { 'target-distance-from-node': reach(SELECT_OUTLINE) } },
  { selector: 'edge.from-focused', style: { 'source-distance-from-node': reach(KEYBOARD_OUTLINE) } },
  { selector: 'edge.to-focused', style: { 'target-distance-from-node': reach(KEYBOARD_OUTLINE) } },
];

const ringOf = (n: cytoscape.NodeSingular) => `${n.selected() ? 's' : ''}${n.hasClass('keyboard-focus') ? 'k' : ''}`;

function markEnds(e: cytoscape.EdgeSingular): void {
  const [from, to] = [ringOf(e.source()), ringOf(e.target())];
  const want: Record<string, boolean> = {
    'from-selected': from.includes('s'),
    'to-selected': to.includes('s'),
    'from-focused': from.includes('k'),
    'to-focused': to.includes('k'),
  };
  for (const [cls, on] of Object.entries(want)) if (e.hasClass(cls) !== on) e.toggleClass(cls, on);
}

/** Keeps the links' ends off the rings as nodes are selected and focused (and links added). */
export function bindRingEnds(cy: cytoscape.Core): void {
  const RING = '_ring';
  const update = (n: cytoscape.NodeSingular) => {
    const ring = ringOf(n);
    // A node's classes change often (the declutter's label places): only a new ring touches its links.
    if ((n.scratch(RING) ?? '') === ring) return;
    n.scratch(RING, ring);
    n.connectedEdges().forEach(markEnds);
  };
  cy.on('select unselect class', 'node', (evt) => update(evt.target as cytoscape.NodeSingular));
  cy.on('add', 'edge', (evt) => markEnds(evt.target as cytoscape.EdgeSingular));
}
