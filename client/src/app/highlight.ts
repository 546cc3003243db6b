// A result on the canvas (a console or named query's, a path): highlighted over the filters with
// the rest faded, its nodes flashed once so the eye finds them, and fitted into the free region at
// a sane zoom: never beyond the nodes' own size (two nodes do not fill the screen), never so far
// out that they vanish (a result too big for that is centred at the floor instead).
import { signal } from '@preact/signals';
import type cytoscape from 'cytoscape';
import { HIGHLIGHT, HIGHLIGHT_CHANGED } from '../canvas/chosen.ts';
import { fitView, freeRegion } from '../canvas/fit.ts';
import { rememberFit } from '../canvas/frame-memory.ts';
import { clearHighlightedLinks } from '../canvas/link-clearance.ts';
import { mountedCanvas } from './context.ts';

/** The one highlight class (styled in canvas/style.ts, named in canvas/chosen.ts); clearHighlight() removes it. */
export { HIGHLIGHT, HIGHLIGHT_CHANGED };
export const FLASH = 'result-flash';
const FLASH_MS = 1600;
/** Nodes at their own size. */
export const NORMAL_ZOOM = 1;
/** Below this a node is a speck and labels are gone. */
export const FLOOR_ZOOM = 0.25;

/**
 * Whether a result is highlighted now. A highlight stays whatever panel is open (walk 9, 4), until
 * the user clears it (the canvas's "Clear highlight" chip, or Esc with nothing else open) or
 * replaces it (another result, a search, an expand, another saved view). A story view saved with a
 * highlight keeps it, and shows it when shown, presented or exported; a share link carries it.
 */
export const highlightOn = signal(false);

/**
 * Bumped each time a highlight is set (a result drawn, a path shown, a view restored): another
 * feature's result may replace one while highlightOn stays true, so a panel describing its own
 * result reads this to learn that the canvas no longer shows it (walk 10, 6).
 */
export const highlightVersion = signal(0);

/**
 * Whether the canvas's highlight is exactly `ids` (those of them it still holds): a panel's result
 * is described as highlighted only while it is the one on show, not a later path or query's.
 * Reactive: a view that calls it renders again when the highlight is set, replaced or cleared.
 */
export function highlightShows(cy: cytoscape.Core, ids: Iterable<string>): boolean {
  // Reading both signals subscribes the calling view (highlightOn is only set after a version bump).
  if (!highlightOn.value || !highlightVersion.value) return false;
  const want = new Set(ids);
  const lit = cy.$(`.${HIGHLIGHT}`).map((e) => e.id());
  if (!lit.length || lit.some((id) => !want.has(id))) return false;
  return [...want].every((id) => {
    const e = cy.getElementById(id);
    return e.empty() || e.hasClass(HIGHLIGHT);
  });
}

/**
 * What the highlight shows, in words ("path Lào Cai to Nanning", "query Investment into a
 * province"), while highlightOn: an export's file name says it. Null when the one who set the
 * highlight did not name it (a story view shown again). Kept when the highlight is cleared, so an
 * Undo that brings the same highlight back brings its name back; the next highlight replaces it.
 */
export const highlightName = signal<string | null>(null);

/**
 * `flash`: the nodes blink once so the eye finds a new result (a saved view's highlight does not).
 * `name`: what the result is, in words (see highlightName).
 */
export function highlightResult(
  cy: cytoscape.Core,
  eles: cytoscape.CollectionReturnValue,
  flash = true,
  name: string | null = null,
): void {
  cy.elements().removeClass(`${HIGHLIGHT} faded`);
  if (eles.nonempty()) {
    eles.removeClass('filtered hidden');
    eles.addClass(HIGHLIGHT);
    cy.elements().not(eles).addClass('faded');
    if (flash) {
      eles.nodes().flashClass(FLASH, FLASH_MS);
      // The flash's thick ring is measured as the node's body while it lasts: named again after it.
      setTimeout(() => cy.emit(HIGHLIGHT_CHANGED), FLASH_MS + 50);
    }
  }
  cy.emit(HIGHLIGHT_CHANGED);
  highlightName.value = name;
  highlightOn.value = eles.nonempty();
  highlightVersion.value++;
}

/** The ids of what is highlighted now (none when no result is). */
export function highlightedIds(cy: cytoscape.Core): string[] {
  return highlightOn.peek() ? cy.$(`.${HIGHLIGHT}`).map((e) => e.id()) : [];
}

export function fitResult(cy: cytoscape.Core, eles: cytoscape.CollectionReturnValue, padding = 50): void {
  if (eles.empty()) return;
  // Once the layout is done: no highlighted link drawn through a node it does not join (walk 13, 7).
  clearHighlightedLinks(cy);
  const region = freeRegion(cy);
  const place = () => {
    fitView(cy, eles, padding, NORMAL_ZOOM);
    if (cy.zoom() >= FLOOR_ZOOM) return;
    const bb = eles.boundingBox({ includeLabels: false });
    const cx = bb.x1 + bb.w / 2;
    const cy0 = bb.y1 + bb.h / 2;
    cy.viewport({
      zoom: FLOOR_ZOOM,
      pan: { x: region.x + region.w / 2 - cx * FLOOR_ZOOM, y: region.y + region.h / 2 - cy0 * FLOOR_ZOOM },
    });
  };
  // On the map the markers move with the zoom: the result is fitted again to where they are drawn.
  const cv = mountedCanvas();
  if (cv?.cy === cy) cv.fitMarkers(place);
  else place();
  // The result is fitted again, as here, whenever the free region changes (canvas/frame.ts).
  const ids = new Set(eles.map((e) => e.id()));
  rememberFit(
    cy,
    () =>
      fitResult(
        cy,
        cy.elements().filter((e) => ids.has(e.id())),
        padding,
      ),
    region,
  );
}
