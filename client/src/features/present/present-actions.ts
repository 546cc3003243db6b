// Stories: save the canvas as a view (what is shown, where, at which zoom) with a title and a
// caption; present the views one by one with the chrome hidden and labels sized for a projector.
import type cytoscape from 'cytoscape';
import { clearHighlight, undo } from '../../app/canvas-actions.ts';
import { canvas, history } from '../../app/context.ts';
import { highlightedIds, highlightOn, highlightResult } from '../../app/highlight.ts';
import { truePosition } from '../../canvas/geo-markers.ts';
import {
  addStoryView,
  filters,
  insertStoryView,
  layoutName,
  presenting,
  removeStoryView,
  replaceStoryView,
  setFilters,
  setLayout,
  setStatus,
  story,
} from '../../app/store.ts';
import type { StoryView } from '../../app/types.ts';
import { fitView, viewRegion, type Region } from '../../canvas/fit.ts';
import { pauseFollow } from '../../canvas/frame.ts';
import { giveBackFrame, takeFrame } from '../../canvas/frame-memory.ts';
import { quietFilters } from '../filters/filter-status.ts';
import { PROJECTOR_SCALE, setSlideScale, showSavedViewport } from './slide-viewport.ts';
import { thumbView } from './thumbnail.ts';
import { dropViewLoads, keepViewLoads, loadViewNodes, presentFrom } from './view-nodes.ts';
import { labelScale } from '../../canvas/style.ts';
import { applyFilters, shown } from '../../canvas/visibility.ts';

/** `withHighlight`: a result highlighted now is kept in the view (a story view of a path shows the path). */
export function captureStoryView(title: string, caption: string, withHighlight = true): StoryView {
  const cy = canvas().cy;
  // Under the map each node's true point, not where a fan or a cluster draws it at this zoom.
  const nodes = shown(cy.nodes()).map((n) => ({
    id: n.id(),
    x: Math.round(truePosition(n).x),
    y: Math.round(truePosition(n).y),
  }));
  const selected = shown(cy.$(':selected')).map((e) => e.id());
  const lit = new Set(withHighlight ? highlightedIds(cy) : []);
  const highlight = shown(cy.elements())
    .filter((e) => lit.has(e.id()))
    .map((e) => e.id());
  return {
    title,
    caption,
    nodes,
    edges: shown(cy.edges()).map((e) => e.id()),
    filters: structuredClone(filters.peek()),
    zoom: cy.zoom(),
    pan: { ...cy.pan() },
    frame: roundRegion(shownFrame(cy)),
    layout: layoutName.peek(),
    ...(selected.length ? { selected } : {}),
    ...(highlight.length ? { highlight } : {}),
  };
}

/**
 * The part of the canvas the view shows: the canvas beside the panels over it (viewRegion: a wide
 * map stays wide, not cut square by the legend in a corner), widened to the places off the map
 * drawn on the canvas beyond it. Such a place is drawn at the map's rim with "→ Singapore, off the
 * map": cut from the slide, its link would run to nowhere.
 */
function shownFrame(cy: cytoscape.Core): Region {
  const free = viewRegion(cy);
  const onCanvas = shown(cy.nodes('.geo-offmap')).filter((n) => {
    const p = n.renderedPosition();
    return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
  });
  if (onCanvas.empty()) return free;
  const bb = onCanvas.renderedBoundingBox({ includeLabels: false });
  const x1 = Math.max(0, Math.min(free.x, bb.x1));
  const y1 = Math.max(0, Math.min(free.y, bb.y1));
  const x2 = Math.min(cy.width(), Math.max(free.x + free.w, bb.x2));
  const y2 = Math.min(cy.height(), Math.max(free.y + free.h, bb.y2));
  return { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
}

/** Highlights exactly the elements of `ids` the canvas shows (none: no highlight), without the new result's flash. */
function showHighlight(cy: cytoscape.Core, ids: readonly string[] | undefined): void {
  clearHighlight();
  if (!ids?.length) return;
  const want = new Set(ids);
  // Whole, whatever the filters (visibility.ts): only what the view hides is left out.
  highlightResult(
    cy,
    cy
      .elements()
      .not('.hidden')
      .filter((e) => want.has(e.id())),
    false,
  );
}

const roundRegion = (r: Region): Region => ({
  x: Math.round(r.x),
  y: Math.round(r.y),
  w: Math.round(r.w),
  h: Math.round(r.h),
});

export function saveView(title = `View ${story.value.length + 1}`, caption = '', withHighlight = true): void {
  const view = captureStoryView(title, caption, withHighlight);
  addStoryView(view);
  // A view without the canvas's highlight gets its picture once it shows (as presenting does).
  if (withHighlight || !highlightOn.peek()) thumbView(view, true);
}

/** Saves the canvas as it is now into view `index`, keeping its title and caption, and its picture anew. */
export function updateView(index: number): void {
  const view = captureStoryView('', '');
  replaceStoryView(index, view);
  thumbView(view, true);
}

/** A view named for people: its number and title ("view 2: The border provinces"). */
export const viewName = (index: number, view: StoryView): string =>
  `view ${index + 1}${view.title.trim() ? `: ${view.title.trim()}` : ''}`;

/** Deletes a view as one undoable step (a caption may be long work); the status line offers Undo. */
export function deleteView(index: number): void {
  const view = story.peek()[index];
  if (!view) return;
  const name = viewName(index, view);
  removeStoryView(index);
  history.push({
    label: `delete ${name}`,
    undo: () => insertStoryView(index, view),
    redo: () => removeStoryView(index),
  });
  setStatus({ kind: 'done', message: `Deleted ${name}. Undo: Ctrl+Z.`, action: { label: 'Undo', run: undo } });
}

/** Shows a view from the story list, its nodes fetched if the canvas lacks them; a view restored from a link gets its thumbnail now. */
export async function showView(view: StoryView): Promise<void> {
  const cy = canvas().cy;
  const had = new Set(cy.elements().map((e) => e.id()));
  const before = snapshotCanvas(cy);
  await loadViewNodes([view]);
  keepViewLoads(cy);
  const fetched = cy.elements().filter((e) => !had.has(e.id()));
  applyView(view, false);
  thumbView(view, false);
  // One undoable step (walk 30, 5: Undo after Show undid the load before it, the view stayed).
  let after = snapshotCanvas(cy);
  history.push({
    label: `show ${view.title.trim() || 'a story view'}`,
    undo: () => {
      after = snapshotCanvas(cy);
      cy.remove(fetched);
      before();
    },
    redo: () => {
      fetched.restore();
      after();
    },
  });
}

/** Shows a story view on the canvas: its filters, its nodes where they were and its links. */
export function applyView(view: StoryView, fit = true): void {
  const cy = canvas().cy;
  // The working canvas's highlight goes; the view's own (saved with it) comes back once it shows.
  clearHighlight();
  const ids = new Map(view.nodes.map((n) => [n.id, n]));
  // The filters first (the store's effect applies them now), then exactly the view's elements.
  if (view.filters) {
    setFilters(structuredClone(view.filters));
    // Presenting applies a view from within an effect, where the store's filter effect runs only
    // after it: the classes read below were the working canvas's (walk 33, 1: a shared page's
    // 2012– filters left 22 nodes of other views shown on slide 1 once view 1's filters applied).
    applyFilters(cy, filters.peek());
  }
  const links = view.edges && new Set(view.edges);
  const linkShown = (e: cytoscape.EdgeSingular) =>
    links ? links.has(e.id()) : ids.has(e.source().id()) && ids.has(e.target().id());
  // What the view's filters hide stays theirs, not hidden by hand: Show of a view saved with two
  // link types left "Show hidden (63)", every node and link those filters took out (walk 27, 2).
  const filtered = (e: cytoscape.NodeSingular | cytoscape.EdgeSingular) => e.hasClass('filtered');
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const v = ids.get(n.id());
      n.toggleClass('hidden', !v && !filtered(n));
      if (v) n.position({ x: v.x, y: v.y });
    });
    cy.edges().forEach((e) => void e.toggleClass('hidden', !linkShown(e) && !filtered(e)));
    // The view's selection, and only it (keepCanvas gives the working selection back afterwards).
    cy.$(':selected').unselect();
    if (view.selected)
      cy.elements()
        .filter((e) => view.selected!.includes(e.id()) && !e.hasClass('hidden'))
        .select();
  });
  // The view's own layout, and the basemap only under the map (views saved before this default to force).
  const layout = view.layout ?? 'fcose';
  setLayout(layout);
  void canvas().syncBasemap(layout);
  showHighlight(cy, view.highlight);
  // Under the map its markers as the canvas draws them: off-map places marked, crowds fanned or clustered.
  canvas().adoptMap(layout === 'geo');
  if (fit) fitView(cy);
  else cy.viewport({ zoom: view.zoom, pan: view.pan });
}

export function startPresenting(): void {
  // Present with no story shows the canvas as a plain view: a result's highlight stays with its panel.
  if (!story.value.length) saveView('The canvas', '', false);
  void presentFrom(story.value, 0);
}

/**
 * The canvas as it is (hidden elements, positions, viewport, layout, filters, selection, highlight)
 * and what puts it back so. Elements added since are left to the caller.
 */
function snapshotCanvas(cy: cytoscape.Core): () => void {
  const b = {
    hidden: new Set(cy.$('.hidden').map((e) => e.id())),
    pos: new Map(cy.nodes().map((n) => [n.id(), { ...truePosition(n) }])),
    zoom: cy.zoom(),
    pan: { ...cy.pan() },
    layout: layoutName.peek(),
    filters: filters.peek(),
    selected: cy.$(':selected'),
    highlight: highlightedIds(cy),
  };
  return () => {
    setFilters(b.filters);
    cy.batch(() => {
      cy.elements().forEach((e) => void e.toggleClass('hidden', b.hidden.has(e.id())));
      cy.nodes().forEach((n) => void (b.pos.has(n.id()) && n.position(b.pos.get(n.id())!)));
    });
    cy.$(':selected').unselect();
    b.selected.filter((e) => e.inside()).select();
    showHighlight(cy, b.highlight);
    setLayout(b.layout);
    void canvas().syncBasemap(b.layout);
    canvas().adoptMap(b.layout === 'geo');
    cy.viewport({ zoom: b.zoom, pan: b.pan });
  };
}

/**
 * Keeps the working canvas and returns what gives it back: presenting and the story's exports show
 * the views, then leave the canvas as it was. Meanwhile the view follows no change of the free
 * region and the filters' changes are not announced (walk 13, 3: the last view's fit stayed the
 * canvas's frame, so the next follow shrank the map; "Showing all 56 nodes" was said on leaving Present).
 */
export function keepCanvas(): () => void {
  const cy = canvas().cy;
  const resume = pauseFollow(cy);
  const loud = quietFilters();
  const frame = takeFrame(cy);
  const back = snapshotCanvas(cy);
  return () => {
    dropViewLoads(cy); // what a view fetched (view-nodes.ts) was never the working canvas's
    back();
    giveBackFrame(cy, frame);
    loud();
    resume();
  };
}

/** Gives the working canvas back when presenting ends. */
let giveBack: (() => void) | null = null;
/** While presenting: the slide fitted again when the legend changes size (opened, folded, relisted). */
let legendWatch: ResizeObserver | null = null;

/** The slide on screen fitted again, once the overlays have settled (the next frame). */
function refitSlide(cy: cytoscape.Core): void {
  requestAnimationFrame(() => {
    const at = presenting.peek();
    const view = at === null ? undefined : story.peek()[at];
    if (!view) return;
    showSlide(cy, view);
  });
}

/**
 * Shows a slide's view (slide-viewport.ts) with its label scale: a map view's as its pictures draw
 * it. A map view is fitted with room for its names as the saved screen drew them, not as a
 * projector's (its names are its saved screen's, magnified: mapViewScale).
 */
function showSlide(cy: cytoscape.Core, view: StoryView): void {
  if (view.layout === 'geo') labelScale.value = 1;
  showSavedViewport(cy, view);
  setSlideScale(cy, view);
}

/** The legend is fitted around, never over the slide's nodes, whatever its size while presenting. */
function watchLegend(cy: cytoscape.Core, on: boolean): void {
  const legend = document.getElementById('legend');
  if (!on) {
    legendWatch?.disconnect();
    legendWatch = null;
  } else if (!legendWatch && legend) {
    legendWatch = new ResizeObserver(() => refitSlide(cy));
    legendWatch.observe(legend);
  }
}

/** What had the keyboard's focus when presenting began (the Present button, a view's). */
let focusBack: HTMLElement | null = null;

/**
 * Leaving Present puts the keyboard back where it was, once the bars are drawn again, or on the
 * canvas (walk 33, clumsy 6: after Esc the focus was on the page's body, the keyboard user lost).
 */
function returnFocus(): void {
  const to = focusBack;
  focusBack = null;
  requestAnimationFrame(() => {
    const usable = to && to.isConnected && to.offsetParent !== null && !(to as HTMLButtonElement).disabled;
    (usable ? to : document.getElementById('cy'))?.focus();
  });
}

/** Follows the store: the presenting class, the projector label size, the view on screen. */
export function syncPresentation(): void {
  const at = presenting.value;
  const on = at !== null;
  if (on && !giveBack) {
    giveBack = keepCanvas();
    focusBack = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }
  document.body.classList.toggle('presenting', on);
  labelScale.value = on ? PROJECTOR_SCALE : 1;
  labelScale.markers = undefined;
  const cv = canvas();
  cv.cy.resize();
  watchLegend(cv.cy, on);
  if (on) {
    const view = story.value[at];
    if (view) {
      applyView(view, false);
      // Once the slide's title box is drawn (Preact renders after this), the view fits beside it.
      requestAnimationFrame(() => {
        if (presenting.peek() !== at) return;
        showSlide(cv.cy, view);
        thumbView(view, false);
      });
    }
  } else {
    giveBack?.();
    giveBack = null;
    returnFocus();
    // Labels avoid the on-canvas overlays: decide again once Preact has taken the slide's title box away.
    requestAnimationFrame(() => cv.relabel(true));
  }
}
