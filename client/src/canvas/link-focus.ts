// A link picked (in the timeline, in a node's details) stands out: the links between the same two
// nodes fade beside it (walk 10, 3: a Quảng Ninh —SIGNED→ Guangxi arc a few px long under 9
// sibling links, and lost among 40 lines on the map). The selected link itself is drawn in the
// selection colour above the others (style.ts, edge:selected).
import type cytoscape from 'cytoscape';

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
