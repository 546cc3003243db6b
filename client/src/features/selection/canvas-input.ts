// Pointer input on the canvas, turned into store actions: tap selects and shows details (beside
// the open panel), double-tap expands, right-click selects and opens the context menu, tapping the background clears (and a
// result's highlight, as does choosing an element outside it); the
// selection is mirrored into the store for the selection bar and the timeline, and an open details
// card follows it.
import type cytoscape from 'cytoscape';
import { clearHighlight } from '../../app/canvas-actions.ts';
import { canvas } from '../../app/context.ts';
import { HIGHLIGHT } from '../../app/highlight.ts';
import { details, followDetails, presenting, setSelection, showDetails } from '../../app/store.ts';
import { expandNode } from '../expand/expand.ts';
import { CANVAS_MENU, closeMenu, menuAt } from './ContextMenu.tsx';
import { edgeStatementOf } from '../../ui/edge-statement.tsx';

export function mirrorSelection(cy: cytoscape.Core): void {
  const sel = cy.$(':selected');
  const one = sel.length === 1 ? (sel[0] as cytoscape.SingularElementReturnValue) : null;
  const edge = one as cytoscape.EdgeSingular | null;
  const label = !one ? '' : one.isNode() ? String(one.data('label')) : edgeStatementOf(edge!);
  setSelection({ nodes: sel.nodes().map((n) => n.id()), edges: sel.edges().map((e) => e.id()), label });
  cardFollows(sel, one);
}

/**
 * The details card shows what is selected: an open card moves to the one element selected, however
 * it was chosen (walk 9: a node selected from the context menu or the keyboard left the card on the
 * element clicked before, while the bar named the new one); a card whose element is no longer
 * selected closes (walk 12, 7).
 */
function cardFollows(sel: cytoscape.CollectionReturnValue, one: cytoscape.SingularElementReturnValue | null): void {
  const card = details.peek();
  // Present sets each slide's selection and gives the user's back when it ends: the card waits for that.
  if (!card || presenting.peek() !== null || sel.map((e) => e.id()).includes(card.id)) return;
  // Walk 12, 7: a query that cleared the selection left the card on the node selected before.
  if (one) followDetails({ id: one.id(), group: one.isNode() ? 'nodes' : 'edges' });
  else showDetails(null);
}

export function bindCanvasInput(cy: cytoscape.Core): void {
  cy.on('tap', 'node, edge', (ev) => {
    closeMenu();
    const el = ev.target as cytoscape.SingularElementReturnValue;
    // A cluster on the map opens up: clicking it zooms in until it splits (as map tools do).
    // After the tap is done: the zoom splits the cluster, and its head, a node again, would be
    // selected by the tap's end (Cytoscape selects what was tapped once the handlers have run).
    if (el.hasClass('geo-cluster')) return queueMicrotask(() => canvas().zoomIntoCluster(el as cytoscape.NodeSingular));
    // Choosing something outside a highlighted result starts something new: the highlight goes.
    if (!el.hasClass(HIGHLIGHT)) clearHighlight();
    // Opened on the side of the open panel, never folding it (walk 15, 1: a link clicked folded
    // Filters away; walk 13, 9: a double-click did): compact where both do not fit, its "Open
    // details" folds the panel (narrow-panels.ts).
    showDetails({ id: el.id(), group: el.isNode() ? 'nodes' : 'edges' });
  });
  cy.on('dbltap', 'node', (ev) => {
    void expandNode(ev.target.id());
  });
  cy.on('tap', (ev) => {
    if (ev.target !== cy) return;
    closeMenu();
    showDetails(null);
    clearHighlight();
  });
  cy.on('cxttap', 'node, edge', (ev) => {
    // Right-click selects what the menu is for (as in Bloom or Linkurious), unless it is already
    // part of the selection: the bar, the card and the keyboard then name what the menu acts on.
    const el = ev.target as cytoscape.SingularElementReturnValue;
    if (!el.selected() && !el.hasClass('geo-cluster')) {
      cy.$(':selected').unselect();
      el.select();
    }
    const p = ev.renderedPosition ?? ev.target.renderedPosition?.() ?? { x: 0, y: 0 };
    menuAt.value = { id: ev.target.id(), x: p.x, y: p.y };
  });
  // On the canvas itself: what acts on the whole view (save it to the story, fit it).
  cy.on('cxttap', (ev) => {
    if (ev.target !== cy) return;
    const p = ev.renderedPosition ?? { x: 0, y: 0 };
    menuAt.value = { id: CANVAS_MENU, x: p.x, y: p.y };
  });
  let pending = 0;
  // Removing selected elements (undo, Remove, Clear) fires no unselect: the bar must follow it too.
  cy.on('select unselect remove', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => mirrorSelection(cy));
  });
}
