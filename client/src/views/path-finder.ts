// The path finder: two entities, max hops, edge types, shortest or all shortest. The paths are drawn
// on the canvas and highlighted, with a step-by-step list and each step's quote.
import type { PathsResponse } from '../../../common/wire.ts';
import { EDGE_TYPES, type EdgeType } from '../../../common/model.ts';
import { api } from '../api/client.ts';
import { byId, h, type AppContext } from '../context.ts';
import { EDGE_COLOR } from '../graph/palette.ts';
import { fitView } from '../graph/canvas.ts';
import { applyFilters } from '../graph/filters.ts';
import { entityPicker } from './entity-picker.ts';

export function mountPathFinder(ctx: AppContext): void {
  const root = byId('panel-paths');
  const from = entityPicker(ctx, 'path-from', 'From');
  const to = entityPicker(ctx, 'path-to', 'To');
  const hops = h('input', { type: 'number', name: 'max-hops', min: 1, max: 8, value: 4 });
  const mode = h('select', { name: 'path-mode' }, h('option', { value: 'shortest' }, 'shortest path'), h('option', { value: 'all' }, 'all shortest paths'));
  const types = new Set<EdgeType>(EDGE_TYPES);
  const result = h('div', { class: 'path-steps', id: 'path-result' });

  const run = async () => {
    const a = from.value();
    const b = to.value();
    if (!a || !b) {
      result.replaceChildren(h('p', { class: 'error' }, 'Choose both ends from the suggestions (or take the selected node).'));
      return;
    }
    result.replaceChildren(h('p', { class: 'muted' }, 'Finding paths…'));
    try {
      const res = await api.paths({ from: a.data.id, to: b.data.id, maxHops: Number(hops.value) || 4, types: types.size < EDGE_TYPES.length ? [...types] : undefined, mode: mode.value as 'shortest' | 'all' });
      show(res);
    } catch (err) {
      result.replaceChildren(h('p', { class: 'error' }, `Path search failed: ${err instanceof Error ? err.message : String(err)}`));
    }
  };

  const show = (res: PathsResponse) => {
    const cy = ctx.canvas.cy;
    if (!res.paths.length) {
      result.replaceChildren(h('p', { class: 'muted' }, `No path within ${hops.value} hops over the chosen edge types.`));
      return;
    }
    const added = ctx.canvas.add(res.elements);
    if (added.nonempty()) ctx.history.push({ label: 'path', undo: () => void cy.remove(added) });
    applyFilters(cy, ctx.filters());
    const ids = new Set<string>([...res.paths.flatMap((p) => p.nodeIds), ...res.paths.flatMap((p) => p.steps.map((s) => s.edge.data.id))]);
    const onPath = cy.elements().filter((e) => ids.has(e.id()));
    cy.elements().removeClass('path-highlight faded');
    cy.$(':selected').unselect();
    ctx.bus.emit('details:show', null);
    onPath.addClass('path-highlight');
    cy.elements().not(onPath).addClass('faded');
    onPath.removeClass('filtered hidden');
    const label = (id: string) => cy.getElementById(id).data('label') ?? id;
    result.replaceChildren(
      h('p', {}, `${res.paths.length} path${res.paths.length === 1 ? '' : 's'} of ${res.paths[0]!.length} step${res.paths[0]!.length === 1 ? '' : 's'}.`),
      h('button', { type: 'button', onclick: () => cy.elements().removeClass('path-highlight faded') }, 'Clear highlight'),
      ...res.paths.map((p, i) =>
        h(
          'div',
          {},
          h('h3', {}, `Path ${i + 1}`),
          h(
            'ol',
            {},
            ...p.steps.map((s) =>
              h(
                'li',
                {},
                h('div', {}, h('strong', {}, label(s.from)), ' ', h('span', { class: 'edge-type', style: `background:${EDGE_COLOR[s.edge.data.type]}` }, s.edge.data.type), ' ', h('strong', {}, label(s.to)), s.edge.data.date ? h('span', { class: 'muted' }, ` · ${s.edge.data.date}`) : null),
                h('div', { class: 'quote' }, h('blockquote', {}, `“${s.edge.data.quote}”`), h('button', { type: 'button', onclick: () => ctx.bus.emit('article:open', { articleId: s.edge.data.article, quote: s.edge.data.quote }) }, `Read in ${s.edge.data.article}`)),
              ),
            ),
          ),
        ),
      ),
    );
    ctx.bus.emit('canvas:changed');
    void ctx.canvas.layout(undefined, { incremental: added.nonempty() && cy.nodes().length > added.nodes().length }).then(() => fitView(cy, onPath, 60));
  };

  root.replaceChildren(
    h('h2', {}, 'Path finder'),
    h(
      'form',
      { class: 'stack', onsubmit: (ev) => (ev.preventDefault(), void run()) },
      from.el,
      to.el,
      h('div', { class: 'row' }, h('label', {}, 'max hops ', hops), h('label', {}, mode)),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Edge types'),
        h(
          'div',
          { class: 'checks' },
          ...EDGE_TYPES.map((t) =>
            h('label', {}, h('input', { type: 'checkbox', name: `path-type-${t}`, checked: true, onchange: (ev) => ((ev.target as HTMLInputElement).checked ? types.add(t) : types.delete(t)) }), h('span', { class: 'swatch', style: `background:${EDGE_COLOR[t]}` }), t),
          ),
        ),
      ),
      h('button', { type: 'submit', class: 'primary', id: 'btn-find-paths' }, 'Find paths'),
    ),
    result,
  );
}
