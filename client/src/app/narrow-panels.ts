// The left panel and the details card, open together, must leave the canvas at least CANVAS_SHARE of
// the window's width: at 1024 px both float over it and left the graph a strip of about 270 px; at
// 1440 the card beside a docked panel halved the graph. One rule where both do not fit: what the user
// is working in stays.
// - A card asked for from the keyboard or the menu (Enter, "Details") folds the left panel into
//   its tab; the status line says so and the tab is marked (its click reopens the panel).
// - A card opened by a click on the canvas (walk 15, 1: a link clicked folded Filters away), from
//   inside the panel (a timeline item), by the top bar's search (the analyst picks name after name
//   with Filters open: walk 11, 8) or while a panel opens (a tab) keeps the panel and shows the
//   card compact: its title and "Open details" over the panel's foot, so the canvas keeps its width
//   and both stay within reach. "Open details" folds the panel as above.
// - A share link restores its card, compact where both do not fit (share-actions.ts).
// - A window narrowed with both open: a card asked for folds the panel, otherwise it goes compact.
// Whenever the panel goes, the card shows in full again. A card moving to a new selection in its
// place (an arrow key, a right-click) changes neither the panel nor the card.
import { batch, effect } from '@preact/signals';
import { PANEL_TITLES } from './types.ts';
import {
  closePanel,
  details,
  detailsAreFollowing,
  detailsCompact,
  detailsWereAsked,
  foldedPanel,
  panel,
  setStatus,
  status,
  statusAge,
} from './store.ts';

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

/** Folds the open panel into its tab to make room for the details card, and says so in the status line. */
export function foldPanelForDetails(): void {
  const name = panel.peek();
  if (!name) return;
  const note = `${PANEL_TITLES[name]} folded to make room for the details; its tab reopens it.`;
  // The message a pick has just set (what was added) stays, the fold said after it.
  const prev = statusAge() < 1000 ? status.peek() : null;
  batch(() => {
    closePanel();
    foldedPanel.value = name;
    setStatus(
      prev && prev.kind !== 'busy' ? { ...prev, message: `${prev.message} ${note}` } : { kind: 'info', message: note },
    );
  });
}

/** The compact card's "Open details": the full card, the panel folded if both do not fit. */
export function openFullDetails(): void {
  if (panel.peek() && !roomForBoth()) foldPanelForDetails();
  detailsCompact.value = false;
}

/** Where both do not fit: fold the panel (`asked` from outside it) or draw the card compact. */
function makeRoom(asked: boolean): void {
  if (asked) foldPanelForDetails();
  else detailsCompact.value = true;
}

export function bindNarrowPanels(): void {
  let last = { panel: panel.peek(), details: details.peek() };
  /** Whether the card on show was asked for from outside the panel (it folds the panel on a resize too). */
  let asked = false;
  effect(() => {
    const now = { panel: panel.value, details: details.value };
    const before = last;
    last = now;
    // The card moved to the new selection in its place: the panel and the card stay as they were.
    if (detailsAreFollowing()) return;
    if (now.panel && now.panel !== before.panel) foldedPanel.value = null;
    if (!now.panel || !now.details) return void (detailsCompact.value = false);
    const active = document.activeElement;
    const fromPanel = active !== null && active.closest('#left-panel') !== null;
    const newCard = now.details !== before.details;
    if (newCard) asked = detailsWereAsked() && !fromPanel;
    else if (now.panel !== before.panel) asked = false;
    if (roomForBoth()) return void (detailsCompact.value = false);
    if (newCard || now.panel !== before.panel) makeRoom(newCard && asked);
  });
  window.addEventListener('resize', () => {
    if (!panel.peek() || !details.peek()) return;
    if (roomForBoth()) detailsCompact.value = false;
    else if (!detailsCompact.peek()) makeRoom(asked);
  });
}
