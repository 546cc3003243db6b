// What the explorer's data exports write: the visible elements of the canvas in the wire's element
// form, cut to the model's fields (common/export/model-fields.ts: no map cluster, source badge or
// display label), with positions when asked (the Cytoscape JSON only, see export-actions.ts).
// The writers themselves are common/export/, the same ones the server's /api/export uses.
import type cytoscape from 'cytoscape';
import type { ExportElements } from '../../../../common/export/element-rows.ts';
import { modelData } from '../../../../common/export/model-fields.ts';
import type { EdgeElement, NodeElement } from '../../../../common/wire.ts';
import { shown } from '../../canvas/visibility.ts';

export function canvasElements(cy: cytoscape.Core, opts: { positions: boolean }): ExportElements {
  return {
    nodes: shown(cy.nodes()).map((n) => ({
      data: modelData<NodeElement['data']>('node', n.data()),
      ...(opts.positions ? { position: { ...n.position() } } : {}),
    })),
    edges: shown(cy.edges()).map((e) => ({ data: modelData<EdgeElement['data']>('edge', e.data()) })),
  };
}
