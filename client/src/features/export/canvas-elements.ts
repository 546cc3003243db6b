// What the explorer's data exports write: the visible elements of the canvas in the wire's element
// form, without the canvas's own bookkeeping (display label, size), with positions when asked.
// The writers themselves are common/export/, the same ones the server's /api/export uses.
import type cytoscape from 'cytoscape';
import type { ExportElements } from '../../../../common/export/element-rows.ts';
import type { EdgeElement, NodeElement } from '../../../../common/wire.ts';
import { shown } from '../../canvas/visibility.ts';

/** Data fields the canvas adds for drawing; they are not facts and stay out of exports. */
const VIEW_ONLY = new Set(['display', 'size']);

function factData<T>(data: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(data).filter(([k]) => !VIEW_ONLY.has(k))) as T;
}

export function canvasElements(cy: cytoscape.Core, opts: { positions: boolean }): ExportElements {
  return {
    nodes: shown(cy.nodes()).map((n) => ({
      data: factData<NodeElement['data']>(n.data()),
      ...(opts.positions ? { position: { ...n.position() } } : {}),
    })),
    edges: shown(cy.edges()).map((e) => ({ data: factData<EdgeElement['data']>(e.data()) })),
  };
}
