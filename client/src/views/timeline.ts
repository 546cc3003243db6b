// The timeline: the visible signings, visits and meetings (and other dated events) in date order;
// a click selects the edge on the canvas and shows its details.
import type cytoscape from 'cytoscape';
import { byId, h, type AppContext } from '../context.ts';
import { EDGE_COLOR } from '../graph/palette.ts';
import type { EdgeType } from '../../../common/model.ts';

const TIMELINE_TYPES: readonly EdgeType[] = ['SIGNED', 'VISITED', 'MET', 'ATTENDED', 'INVESTED_IN'];

export function mountTimeline(ctx: AppContext): void {
  const root = byId('panel-timeline');
  const render = () => {
    const cy = ctx.canvas.cy;
    const edges = cy
      .edges()
      .not('.filtered, .hidden')
      .filter((e) => TIMELINE_TYPES.includes(e.data('type')) && !!(e.data('dateFrom') ?? e.data('date')))
      .sort((a, b) => String(a.data('dateFrom') ?? a.data('date')).localeCompare(String(b.data('dateFrom') ?? b.data('date'))));
    root.replaceChildren(
      h('h2', {}, 'Timeline'),
      edges.length
        ? h('p', { class: 'muted' }, `${edges.length} dated event${edges.length === 1 ? '' : 's'} on the canvas, oldest first.`)
        : h('p', { class: 'muted' }, 'No dated signings, visits or meetings are visible. Expand a locality or an official, or widen the filters.'),
      h(
        'ol',
        { class: 'timeline' },
        ...edges.map((el) => {
          const e = el as cytoscape.EdgeSingular;
          return (
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', 'data-edge': e.id(), 'aria-current': String(e.selected()), onclick: () => ctx.bus.emit('select:element', { id: e.id() }) },
              h('span', { class: 'date' }, String(e.data('date') ?? e.data('dateFrom')) + (e.data('endDate') && String(e.data('endDate')).slice(0, 4) !== String(e.data('date')).slice(0, 4) ? `–${e.data('endDate')}` : '')),
              h(
                'span',
                {},
                h('span', { class: 'swatch', style: `background:${EDGE_COLOR[e.data('type') as EdgeType]}` }),
                ` ${e.source().data('label')} `,
                h('strong', {}, String(e.data('type')).toLowerCase().replace('_', ' ')),
                ` ${e.target().data('label')}`,
                e.data('document') ? h('div', { class: 'muted' }, String(e.data('document'))) : null,
              ),
            ),
          ));
        }),
      ),
    );
  };
  render();
  ctx.bus.on('canvas:changed', render);
  ctx.bus.on('filters:changed', render);
  ctx.canvas.cy.on('select unselect', 'edge', () => {
    for (const b of root.querySelectorAll<HTMLButtonElement>('button[data-edge]')) b.setAttribute('aria-current', String(ctx.canvas.cy.getElementById(b.dataset.edge!).selected()));
  });
}
