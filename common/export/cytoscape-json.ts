// Elements -> Cytoscape JSON (the .cyjs form Cytoscape desktop imports and `cytoscape({elements})`
// / `cy.json()` take as is). The server's /api/export and the explorer's download both write with
// this, so a file saved from either side reads the same.
import type { ExportElements } from './element-rows.ts';

export interface CytoscapeJsonOptions {
  /** Shown by Cytoscape desktop as the network's name. */
  name?: string;
  /** True when the selection was cut at the export cap. */
  truncated?: boolean;
}

export function toCytoscapeJson(elements: ExportElements, opts: CytoscapeJsonOptions = {}): string {
  const document = {
    format_version: '1.0',
    generated_by: 'corridor',
    target_cytoscapejs_version: '~3.34',
    data: { name: opts.name ?? 'Corridor graph' },
    elements: {
      nodes: elements.nodes.map((n) => (n.position ? { data: n.data, position: n.position } : { data: n.data })),
      edges: elements.edges.map((e) => ({ data: e.data })),
    },
    truncated: opts.truncated ?? false,
  };
  return JSON.stringify(document, null, 2);
}
