// Entry point, wiring only: the canvas, the views mounted into the page's frame, the store's
// effects on the canvas, and a shared view restored from the URL if there is one.
import { effect, untracked } from '@preact/signals';
import { render } from 'preact';
// A monospace face with every Vietnamese letter for the Cypher editor and the text fields: where the
// system's lacks the precomposed ones (DejaVu Sans Mono has no 'ắ'), 'Bắc' was drawn as 'Băć'.
// Only the faces a page's text needs are fetched (each declared for its own unicode-range).
import '@fontsource/noto-sans-mono/400.css';
import './styles.css';
import { api } from './api/client.ts';
import { afterCanvasChange } from './app/canvas-actions.ts';
import { canvas, setCanvas } from './app/context.ts';
import { bindKeyboard } from './app/keyboard.ts';
import { bindNarrowPanels } from './app/narrow-panels.ts';
import { StageOverlays } from './app/StageOverlays.tsx';
import {
  details,
  detailsAreFollowing,
  detailsCompact,
  graphYears,
  layoutName,
  panel,
  presenting,
  setStatus,
  style,
} from './app/store.ts';
import { LeftPanel, Tabs } from './app/Tabs.tsx';
import { TopBar } from './app/TopBar.tsx';
import { Canvas } from './canvas/canvas.ts';
import { followFrame, holdFrame, releaseFrame, type FollowOptions } from './canvas/frame.ts';
import { endLinkFrame, linkPicked } from './canvas/link-focus.ts';
import { ArticleDialog } from './features/details/ArticleDialog.tsx';
import { DetailsPanel } from './features/details/DetailsPanel.tsx';
import { syncPresentation } from './features/present/present-actions.ts';
import { bindCanvasInput } from './features/selection/canvas-input.ts';
import { bindHover } from './features/selection/hover.tsx';
import { bindKeyboardNav } from './features/selection/keyboard-nav.ts';
import { SelectionBar } from './features/selection/SelectionBar.tsx';
import { restoreFromLink } from './features/share/share-actions.ts';
import { basemapFailed } from './canvas/world.ts';
import { bindLiveLink } from './features/share/live-link.ts';
import { viewFromLocation } from './features/share/compact.ts';
import { TextDialog } from './ui/TextDialog.tsx';
import { ReviewDialog } from './features/review/ReviewDialog.tsx';
import { filters, story } from './app/store.ts';
import { applyFilters } from './canvas/visibility.ts';
import { sayWhatShows } from './features/filters/filter-status.ts';
import { knowCountryNames } from './ui/country-name.ts';

const byId = (id: string) => document.getElementById(id)!;
const params = new URLSearchParams(location.search);
setCanvas(new Canvas(byId('cy'), { webgl: params.get('renderer') === 'webgl' }));
const cy = canvas().cy;

render(<TopBar />, byId('topbar'));
render(<Tabs />, byId('tabs'));
render(<LeftPanel />, byId('left-panel'));
render(<SelectionBar />, byId('selection-bar'));
render(<StageOverlays />, byId('stage-overlays'));
render(<DetailsPanel />, byId('details-host'));
render(
  <>
    <ArticleDialog />
    <TextDialog />
    <ReviewDialog />
  </>,
  byId('dialogs'),
);

bindCanvasInput(cy);
bindHover(cy);
bindKeyboardNav(cy, byId('cy'));
bindKeyboard();
bindNarrowPanels();

// ---- the store drives the canvas ----
/** The filters at the last change: the status line speaks only when they change, not at the start. */
let filtersSaid = filters.peek();
effect(() => {
  applyFilters(cy, filters.value);
  afterCanvasChange();
  if (filters.value !== filtersSaid) sayWhatShows(cy, filters.value);
  filtersSaid = filters.value;
});
effect(() => canvas().setStyle(style.value));
/** The view frames what it framed in the region free now (canvas/frame.ts); presenting frames its slides itself. */
function follow(opts: FollowOptions): void {
  if (!presenting.peek()) return void followFrame(cy, opts);
  // The slide keeps its middle.
  releaseFrame(cy);
  const [zoom, pan] = [cy.zoom(), cy.pan()];
  const centre = { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
  cy.resize();
  cy.pan({ x: cy.width() / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom });
}
/** The panel open at the last change: a click on a tab is no click on a node. */
let panelShown = panel.peek();
effect(() => {
  byId('left-panel').hidden = panel.value === null;
  byId('left-panel').classList.toggle('wide', panel.value === 'cypher');
  void details.value;
  void detailsCompact.value;
  // The graph stays about the node under the pointer only when its card alone came or went.
  const pointer = panel.value === panelShown;
  // An open card moving to the new selection moves no view (walk 10, 10).
  // A compact card from a canvas click (walk 15, 1), a small cover in the canvas's corner, moves no
  // view either: the whole graph shrank to fit around it (walk 5, 5). A picked link's card (a timeline
  // pick) leaves the view to link-focus.ts, which frames the link.
  const picking = linkPicked(cy) || document.activeElement?.closest('.timeline') != null;
  // A card closing always gives its room back to the frame (walk 17, 6: a Fit taken around a compact
  // card at 1024 stayed that small after Esc).
  const closing = details.value === null;
  const keep = pointer && !closing && (detailsAreFollowing() || (detailsCompact.peek() && !picking));
  panelShown = panel.value;
  // Once the panel or the card has taken its place: the graph into the region left free.
  holdFrame(cy);
  requestAnimationFrame(() => requestAnimationFrame(() => follow({ pointer, keep })));
});
// A picked link's card closed (Esc, its ×): the view goes back to the frame from before the pick.
effect(() => {
  if (!details.value) untracked(() => endLinkFrame(cy));
});
// The window resized or the legend folded: the view frames what it framed in the new free region.
let resizing = 0;
const followSoon = (opts: FollowOptions = {}) => {
  holdFrame(cy);
  cancelAnimationFrame(resizing);
  resizing = requestAnimationFrame(() => follow(opts));
};
window.addEventListener('resize', () => followSoon());
const legend = document.getElementById('legend');
if (legend) new ResizeObserver(() => followSoon({ legend: true })).observe(legend);
// A panel floating over the canvas (narrow screens) starts below the selection bar and right of the
// tabs, whatever their size (a tab's badge widens the column: the panel then sat on its edge).
const measured = (prop: string, side: 'width' | 'height') =>
  new ResizeObserver(([entry]) =>
    document.body.style.setProperty(prop, `${entry?.target.getBoundingClientRect()[side] ?? 0}px`),
  );
measured('--selection-bar-h', 'height').observe(byId('selection-bar'));
measured('--tabs-w', 'width').observe(byId('tabs'));
// Presenting applies a view (filters, layout) and gives the canvas back: it writes signals it would
// otherwise subscribe to (a "Cycle detected" error), so only `presenting` drives it.
effect(() => {
  void presenting.value;
  untracked(syncPresentation);
});
effect(() => void (canvas().layoutName = layoutName.value));
effect(() => {
  if (basemapFailed.value)
    setStatus({
      kind: 'error',
      message: 'The map of countries could not be loaded (the app may have been updated): reload the page to see it.',
    });
});

// ---- start: year bounds from the graph, then a shared view if the URL holds one ----
api
  .stats()
  .then((s) => {
    const min = Number(s.dateRange.min?.slice(0, 4));
    const max = Number(s.dateRange.max?.slice(0, 4));
    if (min && max) graphYears.value = { min, max: Math.max(min, max) };
    knowCountryNames(s.countries);
  })
  .catch((err) =>
    setStatus({
      kind: 'error',
      message: `The server is not answering: ${err instanceof Error ? err.message : String(err)}`,
    }),
  );

const shared = viewFromLocation();
const restored = shared ? restoreFromLink(shared) : Promise.resolve();
// From then on the address bar's link follows the state on show: a reload gives back what the user sees.
bindLiveLink(restored);

// For the end-to-end tests and the console: the canvas and the story's views, read-only by convention.
void restored.then(() => Object.assign(window, { corridor: { cy, canvas: canvas(), story, ready: true } }));
Object.assign(window, { corridor: { cy, canvas: canvas(), story, ready: !shared } });
