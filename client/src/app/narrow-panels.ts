// The left panel and the details card, open together, must leave the canvas most of the window: at
// 1024 px both float over it and left the graph a strip of about 270 px; at 1440 the card beside a
// docked panel halved the graph. So where both would leave the canvas less than CANVAS_SHARE of the
// window's width, the one opened last stays and the other collapses: a node clicked on the canvas
// folds the left panel away (its tab brings it back), a card opened on the side (restored
// by a share link) does not show, a tab opened folds the details card (the selection stays; Enter or a
// click reopens it). Details opened from inside a panel (a timeline or
// path step) leave that panel open. A window narrowed with both open folds the older one.
import { effect } from '@preact/signals';
import { closePanel, details, detailsAreFollowing, detailsWereAsked, panel, showDetails } from './store.ts';

/** The width below which panels float over the canvas (styles.css, @media max-width: 1199px). */
export const NARROW_PX = 1200;

/** The share of the window's width the canvas keeps free beside the panel and the card. */
export const CANVAS_SHARE = 0.6;

/** The details card: min(340px, 36%) wide, 8 px from the canvas's right edge (styles.css, .details). */
const CARD = { px: 340, share: 0.36, margin: 8 };

/** The left panel's width when last shown (before it first shows: the widest docked width in styles.css). */
let panelWidth = 380;

/** Whether the left panel and the details card, both shown, leave the canvas CANVAS_SHARE of the window's width. */
export function roomForBoth(): boolean {
  const w = window.innerWidth;
  const tabs = document.getElementById('tabs')?.getBoundingClientRect().width ?? 0;
  const host = document.getElementById('left-panel');
  if (host && !host.hidden && host.offsetWidth > 0) panelWidth = host.getBoundingClientRect().width;
  // Docked on a wide window, the panel narrows the canvas the card takes its share of.
  const canvas = w - tabs - (w >= NARROW_PX ? panelWidth : 0);
  const card = Math.min(CARD.px, CARD.share * canvas) + CARD.margin;
  return w - tabs - panelWidth - card >= CANVAS_SHARE * w;
}

export function bindNarrowPanels(): void {
  let last = { panel: panel.peek(), details: details.peek() };
  /** Which of the two stays when there is no room for both. */
  let keep: 'panel' | 'details' = 'panel';
  effect(() => {
    const now = { panel: panel.value, details: details.value };
    const before = last;
    last = now;
    // The card moved to the new selection in its place: the panel and the card stay as they were.
    if (detailsAreFollowing()) return;
    const fromPanel = document.activeElement?.closest('#left-panel') !== null && document.activeElement !== null;
    if (now.details && now.details !== before.details) keep = fromPanel || !detailsWereAsked() ? 'panel' : 'details';
    else if (now.panel && now.panel !== before.panel) keep = 'panel';
    if (!now.panel || !now.details || roomForBoth()) return;
    // A card the user asked for folds the panel; one opened on the side (a share link) gives way to it.
    if (now.details !== before.details && !fromPanel) {
      if (detailsWereAsked()) closePanel();
      else showDetails(null);
    } else if (now.panel !== before.panel) showDetails(null);
  });
  window.addEventListener('resize', () => {
    if (!panel.peek() || !details.peek() || roomForBoth()) return;
    if (keep === 'details') closePanel();
    else showDetails(null);
  });
}
