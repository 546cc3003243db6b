// Page-wide keys: "/" searches (and a printable key typed on a button starts the search), Ctrl+Z undoes (Ctrl+Shift+Z or Ctrl+Y redoes), and Esc closes the topmost layer only — an open
// dialog (the browser closes it itself), then the context menu or the View menu, the presentation, the details
// card, the left panel, a result's highlight, in that order, one per press; in a text field or editor, Esc
// first leaves it for its panel.
import { closeMenu } from '../features/selection/ContextMenu.tsx';
import { closeDetails, keepKeyboardAfterStep } from '../features/selection/keyboard-nav.ts';
import { clearHighlight, redo, undo } from './canvas-actions.ts';
import { highlightOn } from './highlight.ts';
import { closePanel, details, panel, present, presenting, story } from './store.ts';

/** Closes the topmost layer; returns what it closed (for tests and the status line). */
export function closeTopmost(): string | null {
  if (document.querySelector('dialog[open]')) return 'dialog';
  if (closeMenu()) return 'menu';
  // An open View menu, when it shows (presentation mode hides the bar it hangs from).
  const dropDown = document.querySelector<HTMLDetailsElement>('details.menu[open]');
  if (dropDown && dropDown.offsetParent !== null)
    return (dropDown.removeAttribute('open'), dropDown.querySelector('summary')?.focus(), 'menu');
  if (presenting.value !== null) return (present(null), 'presentation');
  if (details.value) return (closeDetails(), 'details');
  if (panel.value) return (closePanel(), 'panel');
  if (highlightOn.value) return (clearHighlight(), 'highlight');
  return null;
}

/**
 * Type to search: a printable key on a button, a tab, a link or the page (nothing that takes text)
 * starts the search with that key, so the whole text goes into the box (walk 13, 14: "Nghĩa in
 * Beijing" typed on a button left "a in Beijing" in it, the first keys lost). Space still presses
 * the button; a dialog, the canvas, the menus and Present keep their own keys.
 */
function startsSearch(ev: KeyboardEvent, target: HTMLElement): boolean {
  if (ev.key.length !== 1 || ev.key === ' ' || ev.ctrlKey || ev.metaKey || ev.altKey) return false;
  if (presenting.value !== null || document.querySelector('dialog[open]')) return false;
  const plain = target === document.body || target.matches('button, a[href], summary, [role="tab"]');
  if (!plain || target.closest('[role="menu"], [role="toolbar"] [aria-haspopup], dialog')) return false;
  return document.getElementById('search-input')?.offsetParent != null;
}

/** Esc in a field: focus goes to its panel (a second Esc closes it), or off the field outside a panel. */
function leaveField(field: HTMLElement): void {
  const panelSlot = field.closest<HTMLElement>('.panel-slot');
  if (panelSlot) panelSlot.focus({ preventScroll: true });
  else field.blur();
}

export function bindKeyboard(): void {
  document.addEventListener('keydown', (ev) => {
    const target = ev.target as HTMLElement;
    const typing = target.closest('input, textarea, select, .cm-editor') !== null;
    if (ev.key === '/' && !typing) {
      ev.preventDefault();
      document.getElementById('search-input')?.focus();
    } else if (startsSearch(ev, target)) {
      // Not prevented: the key's character goes into the box, focused before it lands.
      document.getElementById('search-input')?.focus();
    } else if (ev.key === 'Escape') {
      // A native dialog handles its own Esc (cancel) and the event must not close more.
      if (document.querySelector('dialog[open]') || ev.defaultPrevented) return;
      // In a field or the console's editor, Esc leaves the field, not the panel (walk 13, 5: it
      // closed the Cypher panel while typing): the keyboard goes to the panel holding it, from
      // where a second Esc closes it. An open completion list has taken this Esc already.
      // A choice in the View menu is not a field to leave: Esc closes the menu (walk 32, 8).
      if (typing && !target.closest('details.menu[open]')) return leaveField(target);
      closeTopmost();
    } else if ((ev.ctrlKey || ev.metaKey) && !typing && (ev.key === 'y' || ev.key.toLowerCase() === 'z')) {
      ev.preventDefault();
      if (ev.key === 'y' || ev.shiftKey) redo();
      else undo();
      keepKeyboardAfterStep();
    } else if (
      presenting.value !== null &&
      !typing &&
      (ev.key === 'ArrowRight' || ev.key === 'PageDown' || ev.key === ' ')
    ) {
      ev.preventDefault();
      present(Math.min(presenting.value + 1, Math.max(0, story.value.length - 1)));
    } else if (presenting.value !== null && !typing && (ev.key === 'ArrowLeft' || ev.key === 'PageUp')) {
      ev.preventDefault();
      present(Math.max(0, presenting.value - 1));
    } else if (presenting.value !== null && !typing && (ev.key === 'Home' || ev.key === 'End')) {
      // The first or the last view, as a slide deck's keys go (walk 32, 9).
      ev.preventDefault();
      present(ev.key === 'Home' ? 0 : Math.max(0, story.value.length - 1));
    }
  });
}
