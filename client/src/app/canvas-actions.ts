// Steps a user takes on the canvas as a whole or on the selection: load the graph, hide, remove,
// pin, select neighbours, clear, undo. Each records its reverse in the history.
import type cytoscape from 'cytoscape';
import { api } from '../api/client.ts';
import { truePosition } from '../canvas/geo-markers.ts';
import { giveBackFrame, takeFrame } from '../canvas/frame-memory.ts';
import { LAYOUTS } from '../canvas/layouts.ts';
import { applyFilters, LINKLESS_CLASS, markLinkless, shown } from '../canvas/visibility.ts';
import { hiddenByFiltersNote } from '../features/filters/filter-empty.ts';
import { toApiQuery } from './api-query.ts';
import { HIGHLIGHT, HIGHLIGHT_CHANGED, highlightOn } from './highlight.ts';
import { canvas, history, pushAdded } from './context.ts';
import { canvasChanged, details, filters, layoutName, playing, setLayout, setStatus, showDetails } from './store.ts';
import type { LayoutName } from './types.ts';

export const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** After elements came or went: filters decided again, sizes and labels redone, views told. */
export function afterCanvasChange(): void {
  const cy = canvas().cy;
  applyFilters(cy, filters.value);
  // What the user hid is no longer selected. What a filter leaves out stays selected, to be so
  // again when the filter lets it back (walk 10, 10: Filters "none" then "all" dropped the
  // selection); the bar turns Hide and Remove off while none of it shows. Its card closes, except
  // while Play steps through the years (walk 8, 10), the link shown again when Play ends.
  const selected = cy.$(':selected');
  const gone = selected.filter('.hidden');
  if (gone.nonempty()) gone.unselect();
  const shownId = details.peek()?.id;
  const away = playing.peek() ? gone : selected.filter('.filtered, .hidden');
  if (shownId && away.getElementById(shownId).nonempty()) showDetails(null);
  // Walk 12, 4: the "Clear highlight ×" chip goes with the last highlighted element (Clear,
  // Remove), the rest unfaded; an Undo that brings the highlighted elements back brings it back.
  const lit = cy.$(`.${HIGHLIGHT}`).nonempty();
  if (highlightOn.peek() && !lit) clearHighlight();
  else if (!highlightOn.peek() && lit) highlightOn.value = true;
  canvas().afterChange();
  canvasChanged();
}

/** A path or result highlight lasts until cleared (see highlightOn for when). */
export function clearHighlight(): void {
  const cy = canvas().cy;
  cy.elements().removeClass(`${HIGHLIGHT} faded`);
  cy.emit(HIGHLIGHT_CHANGED);
  highlightOn.value = false;
}

export async function loadWholeGraph(): Promise<void> {
  setStatus({ kind: 'busy', message: 'Loading the graph…' });
  try {
    const res = await api.graph(toApiQuery(filters.value));
    clearHighlight();
    const added = canvas().add(res.elements);
    markLinkless(added);
    pushAdded('load whole graph', added);
    afterCanvasChange();
    const cut = res.truncated ? ' (cut short: narrow the filters to see all)' : '';
    const lone = added.nodes(`.${LINKLESS_CLASS}`).length;
    const aside =
      lone && filters.value.hideUnlinked
        ? ` ${lone} with no link set aside (untick "Hide nodes whose links are all filtered out" to show them).`
        : '';
    const accounted = new Set(shown(canvas().cy.nodes()).map((n) => n.id()));
    added.nodes(`.${LINKLESS_CLASS}`).forEach((n) => void accounted.add(n.id()));
    const byFilters = await hiddenByFiltersNote(filters.value, accounted, canvas().cy).catch(() => '');
    // The whole outcome shows before the layout starts: its Fit keeps the graph from under the
    // status line, and the line does not change (nor grow over nodes) once the graph is fitted.
    setStatus({
      kind: 'done',
      message: `Loaded ${res.elements.nodes.length} nodes and ${res.elements.edges.length} links${cut}.${aside}${byFilters}`,
    });
    await canvas().layout();
    canvasChanged();
  } catch (err) {
    setStatus({ kind: 'error', message: `Could not load the graph: ${errorText(err)}` });
  }
}

const selected = (): cytoscape.CollectionReturnValue => canvas().cy.$(':selected');

export function hideElements(sel: cytoscape.CollectionReturnValue = selected()): void {
  if (sel.empty()) return;
  const affected = sel.union(sel.nodes().connectedEdges());
  affected.addClass('hidden');
  // The card open on a hidden element comes back with it (walk 8, 10: undo left it closed).
  const card = details.peek();
  const cardBack = card && sel.getElementById(card.id).nonempty() ? card : null;
  history.push({
    label: 'hide',
    // The focus returns to what was hidden: selected again (walk 8, 10: nothing was), its card open.
    undo: () => {
      affected.removeClass('hidden');
      selected().unselect();
      sel.select();
      canvasChanged();
      if (cardBack) showDetails(cardBack, true);
    },
    redo: () => (affected.addClass('hidden'), sel.unselect(), canvasChanged()),
  });
  sel.unselect();
  showDetails(null);
  canvasChanged();
}

/**
 * Shows what is hidden again: all of it, or the given nodes and links (a node with its links to
 * nodes on show), as one undoable step.
 */
export function showHidden(only?: cytoscape.CollectionReturnValue): void {
  const all = canvas().cy.$('.hidden');
  const back = (n: cytoscape.NodeSingular) =>
    n.connectedEdges('.hidden').filter((e) => !e.connectedNodes().not(n).hasClass('hidden'));
  const hidden = only
    ? only
        .union(
          only
            .nodes()
            .map(back)
            .reduce((a, b) => a.union(b), canvas().cy.collection()),
        )
        .intersection(all)
    : all;
  if (hidden.empty()) return;
  hidden.removeClass('hidden');
  history.push({
    label: 'show hidden',
    undo: () => (hidden.addClass('hidden'), canvasChanged()),
    redo: () => (hidden.removeClass('hidden'), canvasChanged()),
  });
  canvasChanged();
}

export function removeElements(sel: cytoscape.CollectionReturnValue = selected()): void {
  if (sel.empty()) return;
  const removed = canvas().cy.remove(sel.union(sel.nodes().connectedEdges()));
  history.push({
    label: 'remove',
    undo: () => (removed.restore(), afterCanvasChange()),
    redo: () => (removed.remove(), afterCanvasChange()),
  });
  showDetails(null);
  // A neighbour hidden for having only filtered-out links may have none left now: it shows again.
  afterCanvasChange();
}

export function togglePin(nodes: cytoscape.NodeCollection = selected().nodes()): void {
  if (nodes.empty()) return;
  const pin = nodes.filter((n) => !n.hasClass('pinned')).nonempty();
  const before = nodes.map((n) => [n, n.hasClass('pinned')] as const);
  // Pinning stops layouts from moving a node (canvas.ts locks pinned nodes while one runs); the
  // user can still drag it.
  const apply = (n: cytoscape.NodeSingular, on: boolean) => void n.toggleClass('pinned', on);
  nodes.forEach((n) => apply(n, pin));
  // Said on the status line (walk 11, 7: Pin and Unpin changed only a border).
  const one = nodes.length === 1;
  const what = one ? String(nodes.first().data('label')) : `${nodes.length} nodes`;
  setStatus({
    kind: 'done',
    message: pin
      ? `Pinned ${what}: this layout leaves ${one ? 'it' : 'them'} in place; choosing another layout releases ${one ? 'it' : 'them'}.`
      : `Unpinned ${what}: the layout may move ${one ? 'it' : 'them'} again.`,
  });
  history.push({
    label: pin ? 'pin' : 'unpin',
    undo: () => (before.forEach(([n, was]) => apply(n, was)), canvasChanged()),
    redo: () => (nodes.forEach((n) => apply(n, pin)), canvasChanged()),
  });
  canvasChanged();
}

export function selectNeighbors(nodes: cytoscape.NodeCollection = selected().nodes()): void {
  if (nodes.empty()) return;
  const before = selected();
  const near = shown(nodes.neighborhood().nodes()).not(nodes);
  // Said, not silent (walk 30, C2: with one node on the canvas the button seemed to do nothing).
  const who = nodes.length === 1 ? String(nodes.first().data('label')) : `${nodes.length} nodes`;
  setStatus(
    near.empty()
      ? { kind: 'info', message: `${who}: no neighbour on the canvas. Expand adds its neighbours.` }
      : {
          kind: 'done',
          message: `Selected ${near.length} neighbour${near.length === 1 ? '' : 's'} of ${who} on the canvas.`,
        },
  );
  shown(nodes.neighborhood()).select();
  nodes.select();
  const after = selected();
  history.push({
    label: 'select neighbours',
    undo: () => (canvas().cy.$(':selected').unselect(), before.select()),
    redo: () => (canvas().cy.$(':selected').unselect(), after.select()),
  });
}

export function clearCanvas(): void {
  const removed = canvas().cy.elements().remove();
  if (removed.nonempty())
    history.push({
      label: 'clear',
      undo: () => (removed.restore(), afterCanvasChange()),
      redo: () => (removed.remove(), afterCanvasChange()),
    });
  // The status line says what Clear did, not what came before it (an export's note stayed).
  if (removed.nonempty()) setStatus({ kind: 'done', message: 'Cleared the canvas. Undo: Ctrl+Z.' });
  showDetails(null);
  afterCanvasChange();
}

/**
 * The canvas as a fresh page has it, for a share link pasted into an open explorer: no element, no
 * selection, highlight, card or undo step of the work before (walk 26, 1: You Jun, on the canvas and
 * selected before the link, stayed selected and kept its force position on the link's map).
 */
export function startAfresh(): void {
  clearHighlight();
  canvas().cy.elements().remove();
  history.clear();
  showDetails(null);
  afterCanvasChange();
}

export function undo(): void {
  const step = history.undo();
  if (step) setStatus({ kind: 'done', message: `Undid: ${step.label}. Redo: Ctrl+Shift+Z or Ctrl+Y.` });
  // Undo adds or removes links, so whether a node is left without a visible one is decided again.
  afterCanvasChange();
}

export function redo(): void {
  const step = history.redo();
  if (step) setStatus({ kind: 'done', message: `Redid: ${step.label}` });
  afterCanvasChange();
}

/**
 * A layout change is one undoable step, as in other graph tools: Undo puts the nodes and the layout back.
 * A layout the user chooses places every node: a pin set in another layout is released (walk 11, 3: a
 * place pinned in Force stood far above Concentric's rings, squeezed them into a corner with their
 * labels on each other, and went so into views and exports). The status line says so; Undo pins again.
 */
export async function chooseLayout(name: LayoutName): Promise<void> {
  const cv = canvas();
  const was = { layout: layoutName.peek(), ...placement(cv.cy) };
  const released = was.layout !== name ? cv.cy.nodes('.pinned') : cv.cy.collection();
  released.removeClass('pinned');
  setLayout(name);
  await cv.layout(name);
  const now = { layout: name, ...placement(cv.cy) };
  const back = (to: typeof was, pinned: boolean) => {
    setLayout(to.layout);
    void cv.syncBasemap(to.layout);
    cv.cy.batch(() => cv.cy.nodes().forEach((n) => void (to.pos.has(n.id()) && n.position(to.pos.get(n.id())!))));
    released.toggleClass('pinned', pinned);
    cv.cy.viewport(to.view);
    // The view comes back with its frame (a Fit on the map): when the free region then changes (the
    // map's legend grows again with 'On the map'), that Fit is done again, not the other layout's
    // (which framed the map at 0.20 where its Fit shows 0.29, every marker moved and regrouped).
    giveBackFrame(cv.cy, to.frame);
    // Back under the map, its places are marked, fanned and gathered again from their true points
    // (a far place off the map, Beijing with its mark); leaving it, the marks go.
    cv.adoptMap(to.layout === 'geo');
    canvasChanged();
  };
  // Named as the layout menu names it ("Undo layout (Map)", walk 19, 7: it said "geo").
  const title = LAYOUTS.find((l) => l.name === name)?.title ?? name;
  if (was.layout !== name)
    history.push({ label: `layout (${title})`, undo: () => back(was, true), redo: () => back(now, false) });
  if (released.nonempty()) {
    const n = released.length;
    setStatus({
      kind: 'done',
      message: `${n} pin${n === 1 ? '' : 's'} released for the ${title.replace(/ layout$/, '')} layout, so that it places every node. Undo (Ctrl+Z) pins ${n === 1 ? 'it' : 'them'} again.`,
    });
  }
  canvasChanged();
}

/**
 * Where every node is and the viewport: what a layout change moves. Under the map, each node's true
 * point, not where the fan or a cluster draws it for this zoom.
 */
function placement(cy: cytoscape.Core) {
  return {
    pos: new Map(cy.nodes().map((n) => [n.id(), { ...truePosition(n) }])),
    view: { zoom: cy.zoom(), pan: { ...cy.pan() } },
    frame: takeFrame(cy),
  };
}
