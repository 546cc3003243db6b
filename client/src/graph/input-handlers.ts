// Pointer input on the canvas, turned into UI events: tap selects and shows details, double-tap
// expands, tapping the background clears the details.
import type { AppContext } from '../context.ts';

export function bindCanvasInput(ctx: AppContext): void {
  const cy = ctx.canvas.cy;
  cy.on('tap', 'node, edge', (ev) => {
    const el = ev.target;
    ctx.bus.emit('details:show', { id: el.id(), group: el.isNode() ? 'nodes' : 'edges' });
  });
  cy.on('dbltap', 'node', (ev) => ctx.bus.emit('node:expand', { id: ev.target.id() }));
  cy.on('tap', (ev) => {
    if (ev.target === cy) ctx.bus.emit('details:show', null);
  });
  cy.on('select unselect', () => ctx.bus.emit('select:element', cy.$(':selected').length ? { id: cy.$(':selected')[0]!.id() } : null));
}
