// The legend: a swatch per node kind and edge type that is on the canvas (all of them when empty).
import { shown } from '../graph/filters.ts';
import { EDGE_TYPES, NODE_KINDS } from '../../../common/model.ts';
import { byId, h, type AppContext } from '../context.ts';
import { EDGE_COLOR, NODE_STYLE } from '../graph/palette.ts';
import { shapeSvg } from '../export/shapes.ts';

export function legendEntries(ctx: AppContext) {
  const cy = ctx.canvas.cy;
  const kinds = NODE_KINDS.filter((k) => shown(cy.nodes(`[kind = "${k}"]`)).nonempty());
  const types = EDGE_TYPES.filter((t) => shown(cy.edges(`[type = "${t}"]`)).nonempty());
  return { kinds: kinds.length ? kinds : [...NODE_KINDS], types: types.length ? types : [...EDGE_TYPES] };
}

export function mountLegend(ctx: AppContext): void {
  const root = byId('legend');
  const render = () => {
    const { kinds, types } = legendEntries(ctx);
    const svgIcon = (inner: string) => {
      const span = h('span', {});
      span.innerHTML = `<svg width="14" height="14" viewBox="-8 -8 16 16" aria-hidden="true">${inner}</svg>`;
      return span.firstElementChild!;
    };
    root.replaceChildren(
      h('h4', {}, 'Nodes'),
      ...kinds.map((k) => h('span', {}, svgIcon(shapeSvg(NODE_STYLE[k].shape, 0, 0, 12, NODE_STYLE[k].color)), k)),
      h('h4', {}, 'Links'),
      ...types.map((t) => h('span', {}, svgIcon(`<line x1="-7" y1="0" x2="7" y2="0" stroke="${EDGE_COLOR[t]}" stroke-width="3"/>`), t)),
    );
  };
  render();
  ctx.bus.on('canvas:changed', render);
}
