// A link picked (in the timeline, in a node's details): the view frames its two ends, zoomed in as
// far as the node cap allows, and the links between the same two nodes fade beside it (walk 10, 3:
// a Quảng Ninh —SIGNED→ Guangxi arc a few px long under 9 sibling links, and lost among 40 lines
// on the map).
import type cytoscape from 'cytoscape';
import { fitView } from './fit.ts';

/** A link drawn between the same two nodes as a selected one. */
export const SIBLING_FADED = 'sibling-faded';

/** Fades the siblings of the selected links whenever the selection changes. */
export function bindLinkFocus(cy: cytoscape.Core): void {
  cy.on('select unselect', 'edge', () => {
    cy.edges(`.${SIBLING_FADED}`).removeClass(SIBLING_FADED);
    const picked = cy.edges(':selected');
    picked.parallelEdges().not(picked).addClass(SIBLING_FADED);
  });
}

/** Frames the link's two ends in the free region (the frame a panel change fits again). */
export function frameLink(cy: cytoscape.Core, edge: cytoscape.CollectionReturnValue): void {
  fitView(cy, edge.union(edge.connectedNodes()), 60);
}
