// Entry point: builds the canvas and the views, wires them to the event bus, restores a shared view
// from the URL if there is one.
import './styles.css';
import { EDGE_TYPES, NODE_KINDS } from '../../common/model.ts';
import { api } from './api/client.ts';
import { byId, type AppContext } from './context.ts';
import { EventBus, type FilterState, type LabelMode, type LayoutName, type SizeBy } from './events.ts';
import { clearCanvas, clearHighlight, expandNode, hideSelection, removeSelection, selectNeighbors, showHidden, togglePin } from './graph/actions.ts';
import { Canvas, fitView } from './graph/canvas.ts';
import { applyFilters, whyFiltered } from './graph/filters.ts';
import { History } from './graph/history.ts';
import { bindCanvasInput } from './graph/input-handlers.ts';
import { LAYOUTS } from './graph/layouts.ts';
import { canvasCypher } from './state/canvas-cypher.ts';
import { captureView, decodeView, encodeView, shareUrl, viewFromLocation, viewToElements } from './state/share-link.ts';
import { mountArticleViewer } from './views/article-viewer.ts';
import { mountEmptyState, mountKeyboard, mountPanels, mountPresentation, mountStatus, showText } from './views/chrome.ts';
import { mountCypherConsole } from './views/cypher-console.ts';
import { mountDetailsPanel } from './views/details-panel.ts';
import { mountExportPanel } from './views/export-panel.ts';
import { mountFilters } from './views/filters.ts';
import { mountLegend } from './views/legend.ts';
import { mountPathFinder } from './views/path-finder.ts';
import { mountSearchBox } from './views/search-box.ts';
import { mountTimeline } from './views/timeline.ts';

const ALL_FILTERS: FilterState = { kinds: [...NODE_KINDS], types: [...EDGE_TYPES], countries: [], fromYear: null, toYear: null, hideUnlinked: true };

const bus = new EventBus();
const canvas = new Canvas(byId('cy'));
const undoButton = byId<HTMLButtonElement>('btn-undo');
const history = new History((last) => {
  undoButton.disabled = !last;
  undoButton.title = last ? `Undo: ${last.label} (Ctrl+Z)` : 'Nothing to undo';
});
let filters: FilterState = structuredClone(ALL_FILTERS);
const ctx: AppContext = { bus, canvas, history, filters: () => filters };

// ---- views ----
mountPanels(ctx);
mountStatus(ctx);
mountEmptyState(ctx);
mountLegend(ctx);
mountSearchBox(ctx);
mountTimeline(ctx);
mountPathFinder(ctx);
mountExportPanel(ctx);
mountArticleViewer(ctx);
const details = mountDetailsPanel(ctx);
const cypherConsole = mountCypherConsole(ctx);
const filtersView = mountFilters(ctx, filters, (f) => bus.emit('filters:changed', f));
const presentation = mountPresentation(ctx);
mountKeyboard(ctx, { closeDetails: details.close, presentation: (on) => presentation.toggle(on) });
bindCanvasInput(ctx);

// ---- wiring ----
bus.on('filters:changed', (f) => {
  filters = f;
  applyFilters(canvas.cy, f);
  bus.emit('canvas:changed');
});
bus.on('node:add', ({ id }) => {
  clearHighlight(ctx);
  const node = canvas.cy.getElementById(id);
  applyFilters(canvas.cy, filters);
  canvas.cy.$(':selected').unselect();
  node.select();
  const hiddenBecause = whyFiltered(node, filters);
  if (hiddenBecause) bus.emit('status', { kind: 'info', message: `${node.data('display') ?? id} is on the canvas but hidden: ${hiddenBecause}.` });
  if (canvas.cy.nodes().length === 1) canvas.cy.center(node);
  else void canvas.layout(undefined, { incremental: true });
  bus.emit('details:show', { id, group: 'nodes' });
  bus.emit('canvas:changed');
});
bus.on('node:expand', ({ id }) => void expandNode(ctx, id));
bus.on('select:element', (target) => {
  if (!target) return;
  const el = canvas.cy.getElementById(target.id);
  if (el.empty() || el.selected()) return;
  canvas.cy.$(':selected').unselect();
  el.select();
  bus.emit('details:show', { id: target.id, group: el.isNode() ? 'nodes' : 'edges' });
});
bus.on('console:open', ({ query, params }) => {
  cypherConsole.setQuery(query, params);
  bus.emit('panel:open', { panel: 'cypher' });
});

// ---- toolbar ----
const layoutSelect = byId<HTMLSelectElement>('layout-select');
for (const l of LAYOUTS) layoutSelect.append(new Option(l.title, l.name));
layoutSelect.addEventListener('change', () => void canvas.layout(layoutSelect.value as LayoutName));
const sizeSelect = byId<HTMLSelectElement>('size-select');
const labelSelect = byId<HTMLSelectElement>('label-select');
const edgeLabels = byId<HTMLInputElement>('edge-labels');
const applyStyleControls = () => {
  canvas.setStyle({ sizeBy: sizeSelect.value as SizeBy, labelMode: labelSelect.value as LabelMode, edgeLabels: edgeLabels.checked });
  bus.emit('style:changed', canvas.style);
};
for (const el of [sizeSelect, labelSelect, edgeLabels]) el.addEventListener('change', applyStyleControls);
undoButton.addEventListener('click', () => {
  const step = history.undo();
  if (step) bus.emit('status', { kind: 'done', message: `Undone: ${step.label}` });
  // Undo adds or removes links, so whether a node is left without a visible one is decided again.
  applyFilters(canvas.cy, filters);
  bus.emit('canvas:changed');
});
byId('btn-fit').addEventListener('click', () => fitView(canvas.cy));
byId('btn-clear').addEventListener('click', () => clearCanvas(ctx));
const loadAll = async () => {
  bus.emit('status', { kind: 'busy', message: 'Loading the graph…' });
  try {
    const f = filters;
    const res = await api.graph({
      types: f.types.length < EDGE_TYPES.length ? f.types : undefined,
      kinds: f.kinds.length < NODE_KINDS.length ? f.kinds : undefined,
      since: f.fromYear !== null ? String(f.fromYear) : undefined,
      until: f.toYear !== null ? String(f.toYear) : undefined,
    });
    clearHighlight(ctx);
    const added = canvas.add(res.elements);
    if (added.nonempty()) history.push({ label: 'load graph', undo: () => void canvas.cy.remove(added) });
    applyFilters(canvas.cy, filters);
    await canvas.layout();
    bus.emit('canvas:changed');
    bus.emit('status', { kind: 'done', message: `Loaded ${res.elements.nodes.length} nodes and ${res.elements.edges.length} links${res.truncated ? ' (cut short: narrow the filters to see all)' : ''}.` });
  } catch (err) {
    bus.emit('status', { kind: 'error', message: `Could not load the graph: ${err instanceof Error ? err.message : String(err)}` });
  }
};
byId('btn-load-all').addEventListener('click', () => void loadAll());
byId('btn-empty-load-all').addEventListener('click', () => void loadAll());
byId('btn-present').addEventListener('click', () => presentation.toggle(true));
byId('btn-share').addEventListener('click', async () => {
  await canvas.idle();
  const view = captureView(canvas.cy, { filters, layout: canvas.layoutName, style: canvas.style });
  const url = shareUrl(await encodeView(view));
  window.history.replaceState(null, '', url);
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    // Clipboard needs a secure context and permission; the dialog lets the user copy by hand.
  }
  showText('Share link', url, `${copied ? 'Copied to the clipboard. ' : ''}The link holds the whole view (${view.elements.length} elements, ${url.length.toLocaleString()} characters); opening it restores elements, positions, filters, layout and style.`);
});
byId('btn-copy-cypher').addEventListener('click', async () => {
  const c = canvasCypher(canvas.cy);
  try {
    await navigator.clipboard.writeText(c.text);
  } catch {
    // Shown in the dialog for copying by hand.
  }
  showText('Copy as Cypher', c.text, 'Run it in the Cypher console (the parameters are filled in) or in Neo4j Browser after the :params line.');
  cypherConsole.setQuery(c.query, c.params);
});
document.querySelector('.node-actions')!.addEventListener('click', (ev) => {
  const action = (ev.target as HTMLElement).closest('button')?.dataset.action;
  const first = canvas.cy.nodes(':selected')[0];
  if (action === 'expand' && first) void expandNode(ctx, first.id());
  if (action === 'hide') hideSelection(ctx);
  if (action === 'remove') removeSelection(ctx);
  if (action === 'pin') togglePin(ctx);
  if (action === 'select-neighbors') selectNeighbors(ctx);
  if (action === 'show-hidden') showHidden(ctx);
});
const selectionInfo = byId('selection-info');
const actionButtons = [...document.querySelectorAll<HTMLButtonElement>('.node-actions button[data-action]')];
const renderSelection = () => {
  const sel = canvas.cy.$(':selected');
  selectionInfo.textContent = sel.length === 0 ? 'Nothing selected' : sel.length === 1 ? `Selected: ${sel[0]!.data('label') ?? sel[0]!.data('type')}` : `${sel.length} selected`;
  for (const b of actionButtons) b.disabled = b.dataset.action === 'show-hidden' ? canvas.cy.$('.hidden').empty() : sel.empty();
};
canvas.cy.on('select unselect', renderSelection);
bus.on('canvas:changed', renderSelection);
renderSelection();

// ---- start: year bounds from the graph, then a shared view if the URL holds one ----
void api
  .stats()
  .then((s) => {
    const min = Number(s.dateRange.min?.slice(0, 4));
    const max = Number(s.dateRange.max?.slice(0, 4));
    if (min && max) filtersView.setYearBounds(min, max);
  })
  .catch((err) => bus.emit('status', { kind: 'error', message: `The server is not answering: ${err instanceof Error ? err.message : String(err)}` }));

async function restoreShared(encoded: string) {
  try {
    const view = await decodeView(encoded);
    filters = view.filters;
    filtersView.set(filters);
    layoutSelect.value = view.layout;
    sizeSelect.value = view.style.sizeBy;
    labelSelect.value = view.style.labelMode;
    edgeLabels.checked = view.style.edgeLabels;
    canvas.layoutName = view.layout;
    canvas.setStyle(view.style);
    canvas.restore(viewToElements(view));
    canvas.cy.viewport({ zoom: view.zoom, pan: view.pan });
    bus.emit('canvas:changed');
    bus.emit('status', { kind: 'done', message: `Restored a shared view of ${view.elements.length} elements.` });
  } catch (err) {
    bus.emit('status', { kind: 'error', message: `Could not open the shared view: ${err instanceof Error ? err.message : String(err)}` });
  }
}
const shared = viewFromLocation();
if (shared) void restoreShared(shared);

// For the end-to-end tests and the console: the canvas, read-only by convention.
Object.assign(window, { corridor: { cy: canvas.cy, canvas, bus, ready: true } });
