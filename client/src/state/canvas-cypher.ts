// "Copy as Cypher": a parameterised query that brings back exactly the elements on the canvas, by
// the stable ids every node and relationship carries.
import type cytoscape from 'cytoscape';

export const REPRODUCE_QUERY = `// Reproduces the nodes and relationships of a Corridor view by their ids.
MATCH (n:Entity) WHERE n.id IN $nodeIds
OPTIONAL MATCH (n)-[r]->(m:Entity)
  WHERE r.id IN $relIds AND m.id IN $nodeIds
RETURN n, r, m`;

export function canvasCypher(cy: cytoscape.Core): { query: string; params: { nodeIds: string[]; relIds: string[] }; text: string } {
  const nodeIds = cy.nodes(':visible').map((n) => n.id()).sort();
  const relIds = cy.edges(':visible').map((e) => e.id()).sort();
  const params = { nodeIds, relIds };
  return { query: REPRODUCE_QUERY, params, text: `:params ${JSON.stringify(params)}\n\n${REPRODUCE_QUERY}\n` };
}
