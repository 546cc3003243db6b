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

/** Said in a file whose nodes carry positions: why they are there, and that they are not facts. */
export const POSITIONS_NOTE =
  'Node positions are where the explorer drew each node (its layout, in canvas units, not coordinates), ' +
  'kept so Cytoscape shows the same picture; they are not part of the data.';

export function toCytoscapeJson(elements: ExportElements, opts: CytoscapeJsonOptions = {}): string {
  const placed = elements.nodes.some((n) => n.position);
  const document = {
    format_version: '1.0',
    generated_by: 'corridor',
    target_cytoscapejs_version: '~3.34',
    data: {
      name: opts.name ?? 'Corridor graph',
      ...(placed ? { positions: POSITIONS_NOTE } : {}),
      // The articles the edges' `article` and `sourceArticles` name: their headlines and addresses.
      ...(elements.articles ? { articles: elements.articles } : {}),
    },
    elements: {
      nodes: elements.nodes.map((n) => (n.position ? { data: n.data, position: n.position } : { data: n.data })),
      edges: elements.edges.map((e) => ({ data: e.data })),
    },
    truncated: opts.truncated ?? false,
  };
  return JSON.stringify(document, null, 2);
}
