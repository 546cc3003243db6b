// Below 1200 px the left panel and the details card both float over the canvas; open together
// they would leave the graph a strip (about 260 of 1024 px). So there the one opened last stays
// and the other collapses: a node clicked on the canvas folds the left panel away (its tab brings
// it back), a tab opened folds the details card (the selection stays; Enter or a click reopens
// it). Details opened from inside a panel (a timeline or path step) leave that panel open.
import { effect } from '@preact/signals';
import { closePanel, details, panel, showDetails } from './store.ts';

/** The width below which panels float over the canvas (styles.css, @media max-width: 1199px). */
export const NARROW_PX = 1200;

export function bindNarrowPanels(): void {
  let last = { panel: panel.peek(), details: details.peek() };
  effect(() => {
    const now = { panel: panel.value, details: details.value };
    const before = last;
    last = now;
    if (window.innerWidth >= NARROW_PX || !now.panel || !now.details) return;
    const fromPanel = document.activeElement?.closest('#left-panel') !== null && document.activeElement !== null;
    if (now.details !== before.details && !fromPanel) closePanel();
    else if (now.panel !== before.panel) showDetails(null);
  });
}
