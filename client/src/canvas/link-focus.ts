// A link picked (in the timeline, in a node's details) is brought into view and stands out: the
// view frames its two ends (zoomed in as far as the node cap allows) and the links between the
// same two nodes fade beside it (walk 10, 3: a Quảng Ninh —SIGNED→ Guangxi arc a few px long under
// 9 sibling links, and lost among 40 lines on the map). The selected link itself is drawn in the
// selection colour above the others (style.ts, edge:selected). Closing the pick (Esc on its card,
// the link unselected) gives back the frame the user had before it, so a map squeezed beside the
// card gets its size back (walk 9, 2).
import type cytoscape from 'cytoscape';
import { fitView } from './fit.ts';
import { frameOf, type ModelRect } from './frame-memory.ts';
import { frameRect, holdFrame } from './frame.ts';

/** A link drawn between the same two nodes as a selected one. */
export const SIBLING_FADED = 'sibling-faded';

/** The frame from before a link was picked, while the view still frames the pick. */
interface PickFrame {
  edge: string;
  refit: (() => void) | null;
  rect: ModelRect | null;
}
const before = new WeakMap<cytoscape.Core, PickFrame>();

/** Fades the siblings of the selected links whenever the selection changes. */
export function bindLinkFocus(cy: cytoscape.Core): void {
  cy.on('select unselect', 'edge', () => {
    cy.edges(`.${SIBLING_FADED}`).removeClass(SIBLING_FADED);
    const picked = cy.edges(':selected');
    picked.parallelEdges().not(picked).addClass(SIBLING_FADED);
  });
  // The selection changed: nothing selected ends the pick, another element drops it (its frame stays).
  cy.on('select unselect', () => {
    if (!before.has(cy)) return;
    queueMicrotask(() => {
      const sel = cy.$(':selected');
      const pick = before.get(cy);
      if (!pick || (sel.length === 1 && sel.id() === pick.edge)) return;
      if (sel.empty()) endLinkFrame(cy);
      else before.delete(cy);
    });
  });
}

/** Frames the link's two ends in the free region, remembering the frame it replaces. */
export function frameLink(cy: cytoscape.Core, edge: cytoscape.CollectionReturnValue): void {
  // The frame now (a view moved by hand counts: holdFrame makes it a rectangle), unless an earlier
  // pick's still stands: picking the next link and closing it gives back the frame from before both.
  const pick = before.get(cy);
  if (pick) pick.edge = edge.id();
  else {
    holdFrame(cy);
    const f = frameOf(cy);
    before.set(cy, { edge: edge.id(), refit: f.refit, rect: f.rect });
  }
  fitView(cy, edge.union(edge.connectedNodes()), 60);
}

/**
 * The pick is over (its card closed, the link unselected): the view goes back to the frame from
 * before it, fitted into the region free now (a change of region following fits it again).
 */
export function endLinkFrame(cy: cytoscape.Core): void {
  const pick = before.get(cy);
  before.delete(cy);
  if (!pick) return;
  if (cy.animated()) cy.stop(true, true);
  if (pick.refit) pick.refit();
  else if (pick.rect) frameRect(cy, pick.rect);
}
