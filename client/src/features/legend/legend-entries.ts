// The kinds and types visible on the canvas: what the legend, the PNG and the SVG list.
import type cytoscape from 'cytoscape';
import { EDGE_TYPES, NODE_KINDS, type EdgeType, type NodeKind } from '../../../../common/model.ts';
import { shown } from '../../canvas/visibility.ts';

export function visibleKindsAndTypes(cy: cytoscape.Core): { kinds: NodeKind[]; types: EdgeType[] } {
  const nodes = shown(cy.nodes());
  const edges = shown(cy.edges());
  const kinds = new Set(nodes.map((n) => n.data('kind')));
  const types = new Set(edges.map((e) => e.data('type')));
  return { kinds: NODE_KINDS.filter((k) => kinds.has(k)), types: EDGE_TYPES.filter((t) => types.has(t)) };
}
