// A story view shows its own nodes and links, whatever the canvas holds now (walk 15, 1: a view
// saved before Clear showed an empty canvas). Before a view is shown, presented or exported, the
// nodes and links it lists that the canvas lacks are fetched (as a share link's are) and put on
// the canvas hidden, so that outside the view nothing changes. Present and the exports take them
// away again when they give the working canvas back; Show keeps them, as the canvas's own.
import type cytoscape from 'cytoscape';
import { errorText } from '../../app/canvas-actions.ts';
import { canvas } from '../../app/context.ts';
import { present, setStatus } from '../../app/store.ts';
import type { StoryView } from '../../app/types.ts';
import { loadNodesById } from '../share/load-by-id.ts';

/** Elements fetched only for showing a view: gone again when the working canvas is given back. */
export const VIEW_LOADED = 'view-loaded';

const lacks = (cy: cytoscape.Core, id: string) => cy.getElementById(id).empty();

/** Puts on the canvas, hidden, the nodes and links of `views` that it lacks (nothing asked when none). */
export async function loadViewNodes(views: readonly StoryView[]): Promise<void> {
  const cy = canvas().cy;
  const nodes = new Map(views.flatMap((v) => v.nodes.map((n) => [n.id, n] as const)));
  const missing =
    [...nodes.keys()].some((id) => lacks(cy, id)) || views.some((v) => v.edges?.some((id) => lacks(cy, id)));
  if (!missing) return;
  const hidden = `hidden ${VIEW_LOADED}`;
  try {
    await loadNodesById(
      [...nodes.values()].map((n) => ({ ...n, classes: hidden })),
      { linkClasses: hidden },
    );
  } catch (err) {
    setStatus({ kind: 'error', message: `Could not fetch the story's nodes: ${errorText(err)}` });
  }
}

/** Takes away what was fetched only to show a view (keepCanvas: the working canvas as it was). */
export function dropViewLoads(cy: cytoscape.Core): void {
  cy.$(`.${VIEW_LOADED}`).remove();
}

/** Shown on the working canvas (Show), the fetched elements are its own from now on. */
export function keepViewLoads(cy: cytoscape.Core): void {
  cy.$(`.${VIEW_LOADED}`).removeClass(VIEW_LOADED);
}

/** Presents the story from view `index`, once every view's nodes are on the canvas. */
export async function presentFrom(views: readonly StoryView[], index: number): Promise<void> {
  await loadViewNodes(views);
  present(index);
}
