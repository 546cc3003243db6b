// Share link and Copy as Cypher: both read the store and the canvas as they are now. Opening a
// link fetches the nodes and their relationships by id and restores positions, filters, style,
// layout, the open panel and the story, runs the console query whose result was on show again (its
// table, and its highlight under the Cypher panel), and the path finder's search (path-share.ts).
import type cytoscape from 'cytoscape';
import { api } from '../../api/client.ts';
import { toApiQuery } from '../../app/api-query.ts';
import { afterCanvasChange, errorText } from '../../app/canvas-actions.ts';
import { canvas } from '../../app/context.ts';
import { fitResult, HIGHLIGHT, highlightedIds, highlightOn } from '../../app/highlight.ts';
import {
  details,
  filters,
  layoutName,
  panel,
  restoreState,
  selection,
  setStatus,
  setStory,
  showDetails,
  story,
  storySources,
  style,
} from '../../app/store.ts';
import type { StoryView } from '../../app/types.ts';
import { showText } from '../../ui/TextDialog.tsx';
import { openInConsole, requestRun, shownRun } from '../console/console-actions.ts';
import { drawMissingThumbs } from '../export/story-export.ts';
import { filtersAfterPlay } from '../filters/play.ts';
import { capturePaths, restorePaths } from '../paths/path-share.ts';
import { pathElementIds, pathResult } from '../paths/path-state.ts';
import { canvasCypher, cypherScopeText } from './canvas-cypher.ts';
import { loadNodesById } from './load-by-id.ts';
import { dropViewLoads, VIEW_LOADED } from '../present/view-nodes.ts';
import { truePosition } from '../../canvas/geo-markers.ts';
import { fitView, freeRegion, inSight } from '../../canvas/fit.ts';
import { framedRect, frameRect } from '../../canvas/frame.ts';
import { edgePasses, LINKLESS_CLASS, nodePasses, shown } from '../../canvas/visibility.ts';
import { decodeState, encodeState, isListed, shareUrl, type SharedNode, type SharedState } from './compact.ts';

async function edgesBetween(nodeIds: string[]): Promise<string[]> {
  if (!nodeIds.length) return [];
  const res = await api.links(nodeIds);
  return res.elements.edges.map((e) => e.data.id);
}

/**
 * The links between a view's nodes that the canvas holds and the view did not show, but for those
 * its own filters hide: restored with those filters, they stay hidden without being listed.
 */
function leftOut(cy: cytoscape.Core, view: StoryView): string[] {
  const members = new Set(view.nodes.map((n) => n.id));
  const kept = new Set(view.edges);
  const f = view.filters;
  const filteredOut = (e: cytoscape.EdgeSingular) =>
    !!f && (!edgePasses(e.data(), f) || !nodePasses(e.source().data(), f) || !nodePasses(e.target().data(), f));
  return cy
    .edges()
    .filter((e) => members.has(e.source().id()) && members.has(e.target().id()) && !kept.has(e.id()) && !filteredOut(e))
    .map((e) => e.id());
}

/** A shared view's highlight, its links' id prefixes made whole against the restored canvas. */
function withHighlight(cy: cytoscape.Core, view: StoryView): StoryView {
  if (!view.highlight) return view;
  const listed = view.highlight;
  const highlight = cy
    .elements()
    .filter((e) => (e.isNode() ? listed.includes(e.id()) : isListed(e.id(), listed)))
    .map((e) => e.id());
  return { ...view, highlight };
}

/** A shared view's links: those between its nodes on the restored canvas, but the ones it left out. */
function withLinks(cy: cytoscape.Core, view: StoryView, left: string[] | undefined): StoryView {
  if (!left) return view;
  const members = new Set(view.nodes.map((n) => n.id));
  const edges = cy
    .edges()
    .filter((e) => members.has(e.source().id()) && members.has(e.target().id()) && !isListed(e.id(), left))
    .map((e) => e.id());
  return { ...view, edges };
}

/** The console's result is what the canvas highlights (Story keeps it lit when opened from Cypher), not a path. */
function consoleLit(cy: cytoscape.Core): boolean {
  if (!shownRun.peek() || !highlightOn.peek()) return false;
  const found = pathResult.peek();
  if (found?.kind !== 'paths') return true;
  const onPath = pathElementIds(found.res);
  return !highlightedIds(cy).every((id) => onPath.has(id));
}

export async function captureState(cy: cytoscape.Core): Promise<SharedState> {
  const nodes: SharedNode[] = cy.nodes().map((n) => ({
    id: n.id(),
    x: truePosition(n).x,
    y: truePosition(n).y,
    pinned: n.hasClass('pinned'),
    hidden: n.hasClass('hidden'),
    linkless: n.hasClass(LINKLESS_CLASS),
  }));
  const onCanvas = new Set(cy.edges().map((e) => e.id()));
  const missingEdges = (await edgesBetween(nodes.map((n) => n.id))).filter((id) => !onCanvas.has(id));
  // A view's nodes the canvas no longer holds travel too, kept off the recipient's canvas (walk 15, 1),
  // with their links (none of them is missing from the canvas: the view lists them).
  const onCanvasIds = new Set(nodes.map((n) => n.id));
  for (const n of story.value.flatMap((v) => v.nodes))
    if (!onCanvasIds.has(n.id)) {
      onCanvasIds.add(n.id);
      nodes.push({ id: n.id, x: n.x, y: n.y, pinned: false, hidden: true, linkless: false, storyOnly: true });
    }
  return {
    nodes,
    missingEdges,
    // While Play runs or is paused, its years are a passing picture: the link carries the canvas and
    // the user's own filters it gives back, as the address bar does (walk 16, 1: a link made paused
    // at 2016 opened on 6 of 61 nodes, the years slider and its undated switch set by Play).
    filters: filtersAfterPlay() ?? filters.value,
    style: style.value,
    layout: layoutName.value,
    panel: panel.value,
    zoom: cy.zoom(),
    pan: cy.pan(),
    frame: framedRect(cy),
    story: story.value,
    storySources: storySources.value,
    storyLeftOut: story.value.map((v) => v.edges && leftOut(cy, v)),
    selected: [...selection.value.nodes, ...selection.value.edges],
    details: details.value,
    run: shownRun.peek(),
    runLit: panel.value !== 'cypher' && consoleLit(cy),
    runOff: panel.value === 'cypher' && !consoleLit(cy),
    paths: capturePaths(),
  };
}

export async function shareView(): Promise<void> {
  const cv = canvas();
  await cv.idle();
  let url: string;
  try {
    url = shareUrl(await encodeState(await captureState(cv.cy)));
  } catch (err) {
    setStatus({ kind: 'error', message: `Could not make the link: ${errorText(err)}` });
    return;
  }
  window.history.replaceState(null, '', url);
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    // Clipboard needs a secure context and permission; the dialog lets the user copy by hand.
  }
  // Counted as the status line, the story's views and the exports count: the nodes on show (walk 13,
  // 11: 61 here against 56 there, the nodes with no link set aside counted only here).
  const n = shown(cv.cy.nodes()).length;
  // Said, not done in silence: Play's years are not what the link opens on.
  const playNote = filtersAfterPlay()
    ? ` Play's years are not in it: it opens with your own filters, as Stop gives them back.`
    : '';
  showText(
    'Share link',
    url,
    `${copied ? 'Copied to the clipboard. ' : ''}${url.length.toLocaleString()} characters for ${n} node${n === 1 ? '' : 's'}; opening it restores the canvas, filters, layout, style, the open panel${shownRun.peek() ? ', the console result (run again)' : ''}${capturePaths() ? ", the path finder's search" : ''} and the story (${story.value.length} view${story.value.length === 1 ? '' : 's'}).${playNote}${longLinkWarning(url.length)}`,
  );
}

/** Past this many characters some mail and chat programs cut a link, and some browsers refuse it. */
export const LONG_LINK = 2000;

/** Said when a link is long enough to be cut on the way: what makes it long, and what else to send. */
export function longLinkWarning(length: number): string {
  if (length < LONG_LINK) return '';
  return ` Longer than ${LONG_LINK.toLocaleString()} characters, which some mail and chat programs cut: the story's titles, captions and views make it long. Shorten them, or send the story as a PDF (the Story panel's PDF button).`;
}

export async function copyAsCypher(): Promise<void> {
  const cy = canvas().cy;
  const c = canvasCypher(cy, toApiQuery(filters.value), highlightedIds(cy));
  let copied = false;
  try {
    await navigator.clipboard.writeText(c.text);
    copied = true;
  } catch {
    // Shown in the dialog for copying by hand.
  }
  // Said, as Share says "copied" (walk 15, 2: it did its work in silence).
  const what = `Cypher for ${cypherScopeText(c.scope, c.params.nodeIds.length, c.params.relIds.length)}`;
  setStatus({ kind: 'info', message: `${what} ${copied ? 'copied to the clipboard' : 'shown to copy'}.` });
  showText(
    'Copy as Cypher',
    c.text,
    `${what}${copied ? ', copied to the clipboard' : ''}. Paste it in Neo4j Browser after the :params line, or open it in the console (the query there is kept in its history).`,
    {
      id: 'btn-open-in-console',
      label: 'Open in the console',
      run: () => {
        openInConsole(c.query, c.params);
        setStatus({ kind: 'info', message: `${what} put in the console: Run (Ctrl+Enter) to run it.` });
      },
    },
  );
}

export async function restoreFromLink(encoded: string): Promise<void> {
  const cv = canvas();
  try {
    const state = await decodeState(encoded);
    restoreState({
      filters: state.filters,
      style: state.style,
      layout: state.layout,
      panel: state.panel,
      story: state.story,
      storySources: state.storySources,
    });
    cv.layoutName = state.layout;
    cv.setStyle(state.style);
    await loadNodesById(
      state.nodes.map((s) => ({
        ...s,
        classes: [
          s.pinned ? 'pinned' : '',
          s.hidden ? 'hidden' : '',
          s.linkless ? LINKLESS_CLASS : '',
          s.storyOnly ? VIEW_LOADED : '',
        ]
          .filter(Boolean)
          .join(' '),
      })),
      { skipLink: (id) => isListed(id, state.missingEdges) },
    );
    cv.cy
      .edges()
      .filter((e) => e.source().hasClass('hidden') || e.target().hasClass('hidden'))
      .addClass('hidden');
    afterCanvasChange();
    // A view's links and highlight are read against its nodes, those only it holds included; then those go.
    setStory(state.story.map((v, i) => withHighlight(cv.cy, withLinks(cv.cy, v, state.storyLeftOut?.[i]))));
    dropViewLoads(cv.cy);
    // The console's result, run again on the restored canvas (read-only): its table and highlight
    // come back with the Cypher panel, or under Story where the sender saw it lit; under another
    // panel its table waits there, the canvas untouched.
    // Under Cypher the run is awaited, so that the link's view, the story's pictures (drawn on the
    // canvas, which is given back as it was) and the selection come back over its highlight.
    // A result whose highlight the sender had cleared under Cypher comes back quiet too (walk 17, 4).
    const quiet = (state.panel !== 'cypher' && !state.runLit) || !!state.runOff;
    const ran = state.run ? requestRun(state.run, quiet) : null;
    if (ran && !quiet) await Promise.race([ran, new Promise((r) => setTimeout(r, RUN_WAIT_MS))]);
    cv.cy.viewport({ zoom: state.zoom, pan: state.pan });
    if (state.layout === 'geo') {
      await cv.syncBasemap('geo');
      cv.adoptMap(); // fan out and gather the restored true points for this zoom
    }
    // The path finder's ends and options, and its result searched for again where one was on show.
    if (state.paths) await restorePaths(state.paths);
    // The story's pictures, drawn here (a link carries none), before the selection and the card come back.
    await drawMissingThumbs();
    // The selection and the details card the link was made with. On the map a chosen place may have
    // been gathered as a cluster's head (unselectable) by the markers drawn above: it is made
    // selectable again, and the markers drawn for the new selection keep it out of any cluster.
    const chosen = state.selected ?? [];
    cv.cy
      .nodes()
      .filter((n) => chosen.includes(n.id()))
      .selectify()
      .select();
    cv.cy
      .edges()
      .filter((e) => isListed(e.id(), chosen))
      .select();
    // The card the link was made with, beside its panel: compact where both do not fit
    // (app/narrow-panels.ts), as the sender saw it since a canvas click keeps the panel (walk 15, 1).
    if (state.details && cv.cy.getElementById(state.details.id).nonempty()) showDetails(state.details);
    frameRestored(cv.cy, state.frame);
    setStatus({
      kind: 'done',
      message: `Restored a shared view of ${shown(cv.cy.nodes()).length} nodes and ${shown(cv.cy.edges()).length} links.`,
    });
  } catch (err) {
    setStatus({ kind: 'error', message: `Could not open the shared view: ${errorText(err)}` });
  }
}

/** Whether the nodes' bodies all lie in the free region (the largest rectangle nothing covers). */
function inRegion(cy: cytoscape.Core, nodes: cytoscape.NodeCollection): boolean {
  const r = freeRegion(cy);
  const bb = nodes.renderedBoundingBox({ includeLabels: false });
  return bb.x1 >= r.x && bb.y1 >= r.y && bb.x2 <= r.x + r.w && bb.y2 <= r.y + r.h;
}

/** How long a link's opening waits for its console run before it restores the view regardless. */
const RUN_WAIT_MS = 20_000;

/**
 * A link made on another screen size: its zoom and pan may leave the graph cropped or under a
 * panel here. Once the restored panels have taken their place (next frames), the sender's frame
 * (the model rectangle their view showed) is fitted into the free region here; a link without one
 * (made before frames) has the graph fitted if any of it falls outside. A highlighted result the
 * view leaves partly out is fitted whole.
 */
function frameRestored(cy: cytoscape.Core, frame: SharedState['frame']): void {
  const check = () => {
    if (frame) frameRect(cy, frame, { again: true });
    const lit = highlightOn.peek() ? cy.$(`.${HIGHLIGHT}`) : cy.collection();
    // The sender's frame first; a highlight the sender saw whole that it leaves out here (a
    // narrower screen cut a path's end, walk 10, 5) is fitted whole. One the sender zoomed into
    // by hand stays as they framed it.
    const seen = (b: cytoscape.BoundingBox12) =>
      !frame || (b.x1 >= frame.x && b.y1 >= frame.y && b.x2 <= frame.x + frame.w && b.y2 <= frame.y + frame.h);
    const whole = lit.nonempty() && seen(lit.nodes().boundingBox({ includeLabels: false }));
    const nodes = whole ? lit.nodes() : frame ? cy.collection() : shown(cy.nodes());
    if (nodes.empty()) return;
    // A highlight is judged in sight, not by the largest free rectangle: a fit draws past a
    // cover's corner, and judged by that rectangle it was fitted again, zoomed out (walk 10, 5b).
    if (whole ? inSight(cy, nodes) : inRegion(cy, nodes)) return;
    if (lit.nonempty()) fitResult(cy, lit);
    else fitView(cy);
  };
  requestAnimationFrame(() => requestAnimationFrame(check));
}
