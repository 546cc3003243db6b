// The nodes the user chose, named on every layout and in every picture (walk 8, 3): the selection
// (up to CHOSEN_MAX nodes), the keyboard's node, the ends of a selected link and the nodes of a
// highlighted path or query result. The canvas's declutter, Present (the same canvas) and each
// export (which takes its picture with the selection's outlines off) all read it here.
import type cytoscape from 'cytoscape';

/**
 * A selection drawn without its outline, for an exported picture (png.ts): the elements are
 * unselected for the picture, so no mark is drawn, yet they still count as selected here.
 */
export const UNMARKED_SELECTION = 'selected-unmarked';
/** The selector for what is selected, its outline drawn or not. */
export const SELECTED = `:selected, .${UNMARKED_SELECTION}`;
/** The highlight class of a path or query result (app/highlight.ts styles and sets it). */
export const HIGHLIGHT = 'path-highlight';

/**
 * Emitted on the core when a highlight is set, cleared, or its flash ends: the canvas decides its
 * names again (walk 13, 8: a result's node left unnamed, ranked as before the highlight, until a resize).
 */
export const HIGHLIGHT_CHANGED = 'highlightchange';

/** Up to this many selected nodes each show their name whatever the crowd (a larger selection ranks first only). */
export const CHOSEN_MAX = 3;

export const isSelected = (e: cytoscape.NodeSingular | cytoscape.EdgeSingular): boolean =>
  e.selected() || e.hasClass(UNMARKED_SELECTION);

/** The chosen nodes of `cy` now (see the file's head). */
export function chosenNodes(cy: cytoscape.Core): cytoscape.NodeCollection {
  const selected = cy.nodes(SELECTED);
  const links = cy.edges(SELECTED);
  const nodes = cy.nodes(`.keyboard-focus, .${HIGHLIGHT}`);
  const some = selected.length <= CHOSEN_MAX ? nodes.union(selected) : nodes;
  // The ends of a selected link name what it joins (walk 8, 3: China and Việt Nam unnamed at 1024).
  return links.length <= CHOSEN_MAX ? some.union(links.connectedNodes()) : some;
}

/**
 * Runs `draw` with the selection's outlines off, the selection still chosen (its names shown as on
 * the canvas: walk 9, a selected node named on the canvas went unnamed in every exported picture).
 */
export async function withSelectionUnmarked<T>(cy: cytoscape.Core, draw: () => Promise<T>): Promise<T> {
  const selected = cy.$(':selected');
  selected.addClass(UNMARKED_SELECTION).unselect();
  try {
    return await draw();
  } finally {
    selected.removeClass(UNMARKED_SELECTION).select();
  }
}
