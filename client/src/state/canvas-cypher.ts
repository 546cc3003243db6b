// "Copy as Cypher": a parameterised query that brings back exactly the elements on the canvas, by
// the stable ids every node and relationship carries.
import { shown } from '../graph/filters.ts';
import type cytoscape from 'cytoscape';

export const REPRODUCE_QUERY = `// Reproduces the nodes and relationships of a Corridor view by their ids.
MATCH (n:Entity) WHERE n.id IN $nodeIds
OPTIONAL MATCH (n)-[r]->(m:Entity)
  WHERE r.id IN $relIds AND m.id IN $nodeIds
RETURN n, r, m`;

export function canvasCypher(cy: cytoscape.Core): { query: string; params: { nodeIds: string[]; relIds: string[] }; text: string } {
  const nodeIds = shown(cy.nodes()).map((n) => n.id()).sort();
  const relIds = shown(cy.edges()).map((e) => e.id()).sort();
  const params = { nodeIds, relIds };
  return { query: REPRODUCE_QUERY, params, text: `:params ${JSON.stringify(params)}\n\n${REPRODUCE_QUERY}\n` };
}
