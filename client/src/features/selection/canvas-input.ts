// Pointer input on the canvas, turned into store actions: tap selects and shows details,
// double-tap expands, right-click opens the context menu, tapping the background clears (and a
// result's highlight, as does choosing an element outside it); the
// selection is mirrored into the store for the selection bar and the timeline.
import type cytoscape from 'cytoscape';
import { clearHighlight } from '../../app/canvas-actions.ts';
import { canvas } from '../../app/context.ts';
import { HIGHLIGHT } from '../../app/highlight.ts';
import { setSelection, showDetails } from '../../app/store.ts';
import { expandNode } from '../expand/expand.ts';
import { closeMenu, menuAt } from './ContextMenu.tsx';

export function mirrorSelection(cy: cytoscape.Core): void {
  const sel = cy.$(':selected');
  const one = sel.length === 1 ? (sel[0] as cytoscape.SingularElementReturnValue) : null;
  const edge = one as cytoscape.EdgeSingular | null;
  const label = !one
    ? ''
    : one.isNode()
      ? String(one.data('label'))
      : `${edge!.source().data('label')} —${edge!.data('type')}→ ${edge!.target().data('label')}`;
  setSelection({ nodes: sel.nodes().map((n) => n.id()), edges: sel.edges().map((e) => e.id()), label });
}

export function bindCanvasInput(cy: cytoscape.Core): void {
  cy.on('tap', 'node, edge', (ev) => {
    closeMenu();
    const el = ev.target as cytoscape.SingularElementReturnValue;
    // A cluster on the map opens up: clicking it zooms in until it splits (as map tools do).
    if (el.hasClass('geo-cluster')) return canvas().zoomIntoCluster(el as cytoscape.NodeSingular);
    // Choosing something outside a highlighted result starts something new: the highlight goes.
    if (!el.hasClass(HIGHLIGHT)) clearHighlight();
    showDetails({ id: el.id(), group: el.isNode() ? 'nodes' : 'edges' }, true);
  });
  cy.on('dbltap', 'node', (ev) => void expandNode(ev.target.id()));
  cy.on('tap', (ev) => {
    if (ev.target !== cy) return;
    closeMenu();
    showDetails(null);
    clearHighlight();
  });
  cy.on('cxttap', 'node, edge', (ev) => {
    const p = ev.renderedPosition ?? ev.target.renderedPosition?.() ?? { x: 0, y: 0 };
    menuAt.value = { id: ev.target.id(), x: p.x, y: p.y };
  });
  cy.on('cxttap', (ev) => {
    if (ev.target === cy) closeMenu();
  });
  let pending = 0;
  // Removing selected elements (undo, Remove, Clear) fires no unselect: the bar must follow it too.
  cy.on('select unselect remove', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => mirrorSelection(cy));
  });
}
