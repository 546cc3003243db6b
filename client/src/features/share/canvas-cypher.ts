// "Copy as Cypher": a parameterised query that brings back exactly the elements shown on the
// canvas, by the stable ids every node and relationship carries; the filters in force (read from
// toApiQuery, like the share link and the exports) are named in its first line.
import type cytoscape from 'cytoscape';
import type { ApiQuery } from '../../app/api-query.ts';
import { shown } from '../../canvas/visibility.ts';

export const REPRODUCE_QUERY = `MATCH (n:Entity) WHERE n.id IN $nodeIds
OPTIONAL MATCH (n)-[r]->(m:Entity)
  WHERE r.id IN $relIds AND m.id IN $nodeIds
RETURN n, r, m`;

export function filterComment(q: ApiQuery): string {
  const parts = [
    q.types ? `types ${q.types.join(', ')}` : '',
    q.kinds ? `kinds ${q.kinds.join(', ')}` : '',
    q.since ? `since ${q.since}` : '',
    q.until ? `until ${q.until}` : '',
  ].filter(Boolean);
  return `// Reproduces the nodes and relationships of a Corridor view by their ids (${parts.length ? `filters: ${parts.join('; ')}` : 'no filters'}).`;
}

export function canvasCypher(
  cy: cytoscape.Core,
  q: ApiQuery,
): { query: string; params: { nodeIds: string[]; relIds: string[] }; text: string } {
  const nodeIds = shown(cy.nodes())
    .map((n) => n.id())
    .sort();
  const relIds = shown(cy.edges())
    .map((e) => e.id())
    .sort();
  const params = { nodeIds, relIds };
  const query = `${filterComment(q)}\n${REPRODUCE_QUERY}`;
  return { query, params, text: `:params ${JSON.stringify(params)}\n\n${query}\n` };
}
