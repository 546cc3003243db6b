// The address bar holds the state on show (walk 11, 1): Share wrote its link there and nothing changed
// it after, so a reload or a bookmark made later brought the shared state back and dropped the work
// done since. Bloom keeps the scene as the user left it and Kumu's address names what is on show, so
// a reload here must give back what the user sees: a moment after each change the link is written
// anew (replaceState: no history entry per step), and taken away when the canvas and the story are
// empty. The Share button still makes (and copies) the same link on demand.
import { effect } from '@preact/signals';
import { startAfresh } from '../../app/canvas-actions.ts';
import { canvas } from '../../app/context.ts';
import {
  canvasVersion,
  details,
  filters,
  layoutName,
  panel,
  playing,
  presenting,
  selection,
  story,
  storySources,
  style,
} from '../../app/store.ts';
import { encodeState, shareUrl, viewFromLocation } from './compact.ts';
import { captureState, restoreFromLink } from './share-actions.ts';

/** How long the state stands still before the address bar follows it (a drag, a year slider, Play). */
const SETTLE_MS = 700;

/** The explorer's address with `hash` (none: the bare address), keeping the query (?renderer=webgl). */
function addressWith(hash: string): string {
  return `${location.pathname}${location.search}${hash}`;
}

async function writeLink(isCurrent: () => boolean): Promise<void> {
  const cv = canvas();
  await cv.idle();
  // Presenting and Play step through views and years and give the canvas back after: the link
  // keeps the state they return to.
  if (!isCurrent() || presenting.peek() !== null || playing.peek()) return;
  if (cv.cy.nodes().empty() && story.peek().length === 0) {
    if (location.hash) window.history.replaceState(window.history.state, '', addressWith(''));
    return;
  }
  const link = new URL(shareUrl(await encodeState(await captureState(cv.cy))));
  if (!isCurrent() || link.hash === location.hash) return;
  window.history.replaceState(window.history.state, '', addressWith(link.hash));
}

/** Keeps the address bar's link on the state on show, from once `ready` (a link opened is restored) on. */
export function bindLiveLink(ready: Promise<unknown>): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;
  let seq = 0;
  const soon = () => {
    if (!started) return;
    clearTimeout(timer);
    const mine = ++seq;
    // A link that cannot be made now (the server away) leaves the last one; the next change tries again.
    timer = setTimeout(() => void writeLink(() => mine === seq).catch(() => undefined), SETTLE_MS);
  };
  effect(() => {
    void [
      canvasVersion.value,
      filters.value,
      style.value,
      layoutName.value,
      panel.value,
      story.value,
      storySources.value,
    ];
    void [selection.value, details.value, presenting.value, playing.value];
    soon();
  });
  canvas().cy.on('viewport dragfree', soon);
  void ready.then(() => {
    started = true;
    soon();
  });
  // A link pasted into the address bar of an open explorer changes only the hash: no page load
  // restores it (walk 25: the story stayed "1 of 1", the layout force). replaceState above fires no
  // hashchange, so only a link the user brings is restored here.
  window.addEventListener('hashchange', () => {
    const shared = viewFromLocation();
    if (!shared) return;
    startAfresh();
    void restoreFromLink(shared);
  });
}
