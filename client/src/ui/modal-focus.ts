// Tab and Shift+Tab go round inside an open modal dialog. Chromium's showModal() makes the page
// beneath inert, but Tab past the dialog's last control left it for the browser's own controls and
// the page's <body> (walk 13, 10: two Tabs from the article reader's Close). One handler for every
// modal: its keydown.
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/** The dialog's controls Tab reaches, in order (those drawn: a hidden one takes no focus). */
function tabStops(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
}

/** A modal dialog's keydown: Tab on its last control goes to its first, Shift+Tab on its first to its last. */
export function keepTabInside(ev: KeyboardEvent): void {
  if (ev.key !== 'Tab' || ev.defaultPrevented) return;
  const dialog = ev.currentTarget as HTMLElement;
  const stops = tabStops(dialog);
  if (!stops.length) return;
  const [first, last] = [stops[0]!, stops[stops.length - 1]!];
  const active = document.activeElement;
  const outside = !active || !dialog.contains(active);
  if (ev.shiftKey && (active === first || outside)) {
    ev.preventDefault();
    last.focus();
  } else if (!ev.shiftKey && (active === last || outside)) {
    ev.preventDefault();
    first.focus();
  }
}
