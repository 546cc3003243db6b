// Canvas steps a user takes on a selection: expand, hide, remove, pin, select neighbours. Each one
// records its reverse in the history, so "Undo" takes back the last step.
import type cytoscape from 'cytoscape';
import { EDGE_TYPES } from '../../../common/model.ts';
import { api } from '../api/client.ts';
import type { AppContext } from '../context.ts';
import { applyFilters, shown } from './filters.ts';

const EXPAND_LIMIT = 150;

/** A path highlight lasts until the canvas changes in another way. */
export function clearHighlight(ctx: AppContext): void {
  ctx.canvas.cy.elements().removeClass('path-highlight faded');
}

export async function expandNode(ctx: AppContext, id: string): Promise<number> {
  const node = ctx.canvas.cy.getElementById(id);
  const f = ctx.filters();
  clearHighlight(ctx);
  ctx.bus.emit('status', { kind: 'busy', message: `Expanding ${node.data('label') ?? id}…` });
  try {
    const res = await api.neighbors(id, {
      types: f.types.length < EDGE_TYPES.length ? f.types : undefined,
      since: f.fromYear !== null ? String(f.fromYear) : undefined,
      until: f.toYear !== null ? String(f.toYear) : undefined,
      limit: EXPAND_LIMIT,
    });
    const added = ctx.canvas.add(res.elements, node.nonempty() ? node.position() : undefined);
    applyFilters(ctx.canvas.cy, f);
    if (added.nonempty()) {
      ctx.history.push({ label: `expand ${node.data('label') ?? id}`, undo: () => void ctx.canvas.cy.remove(added) });
      await ctx.canvas.layout(undefined, { incremental: true });
    }
    const more = res.omitted.total ? ` (${res.omitted.total} more not shown: ${Object.entries(res.omitted.byType).map(([t, n]) => `+${n} ${t}`).join(', ')})` : '';
    ctx.bus.emit('status', {
      kind: 'done',
      message: added.nodes().length ? `Added ${added.nodes().length} neighbours and ${added.edges().length} links${more}` : `No new neighbours within the current filters${more}`,
    });
    ctx.bus.emit('canvas:changed');
    return added.length;
  } catch (err) {
    ctx.bus.emit('status', { kind: 'error', message: `Could not expand: ${err instanceof Error ? err.message : String(err)}` });
    return 0;
  }
}

function selectedOr(ctx: AppContext): cytoscape.CollectionReturnValue {
  return ctx.canvas.cy.$(':selected');
}

export function hideSelection(ctx: AppContext): void {
  const sel = selectedOr(ctx);
  if (sel.empty()) return;
  const affected = sel.union(sel.connectedEdges());
  affected.addClass('hidden');
  ctx.history.push({ label: 'hide', undo: () => void affected.removeClass('hidden') });
  sel.unselect();
  ctx.bus.emit('canvas:changed');
}

export function showHidden(ctx: AppContext): void {
  const hidden = ctx.canvas.cy.$('.hidden');
  if (hidden.empty()) return;
  hidden.removeClass('hidden');
  ctx.history.push({ label: 'show hidden', undo: () => void hidden.addClass('hidden') });
  ctx.bus.emit('canvas:changed');
}

export function removeSelection(ctx: AppContext): void {
  const sel = selectedOr(ctx);
  if (sel.empty()) return;
  const removed = ctx.canvas.cy.remove(sel.union(sel.connectedEdges()));
  ctx.history.push({ label: 'remove', undo: () => void removed.restore() });
  ctx.canvas.afterChange();
  // A neighbour hidden for having only filtered-out links may have none left now: it shows again.
  applyFilters(ctx.canvas.cy, ctx.filters());
  ctx.bus.emit('details:show', null);
  ctx.bus.emit('canvas:changed');
}

export function togglePin(ctx: AppContext): void {
  const nodes = selectedOr(ctx).nodes();
  if (nodes.empty()) return;
  const pin = nodes.filter((n) => !n.hasClass('pinned')).nonempty();
  const before = nodes.map((n) => [n, n.hasClass('pinned')] as const);
  const apply = (n: cytoscape.NodeSingular, on: boolean) => {
    n.toggleClass('pinned', on);
    if (on) n.lock();
    else n.unlock();
  };
  nodes.forEach((n) => apply(n, pin));
  ctx.history.push({ label: pin ? 'pin' : 'unpin', undo: () => before.forEach(([n, was]) => apply(n, was)) });
}

export function selectNeighbors(ctx: AppContext): void {
  const sel = selectedOr(ctx);
  if (sel.empty()) return;
  const before = sel;
  shown(sel.nodes().neighborhood()).select();
  ctx.history.push({ label: 'select neighbours', undo: () => (ctx.canvas.cy.$(':selected').unselect(), before.select()) });
}

export function clearCanvas(ctx: AppContext): void {
  const removed = ctx.canvas.cy.elements().remove();
  if (removed.nonempty()) ctx.history.push({ label: 'clear', undo: () => (removed.restore(), ctx.canvas.afterChange()) });
  ctx.bus.emit('details:show', null);
  ctx.bus.emit('canvas:changed');
}
