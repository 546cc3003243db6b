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

/** What a Cypher text brings back: the canvas's shown elements, or only the highlighted ones. */
export type CypherScope = 'canvas' | 'highlight';

export function filterComment(q: ApiQuery, scope: CypherScope = 'canvas'): string {
  const parts = [
    q.types ? `types ${q.types.join(', ')}` : '',
    q.kinds ? `kinds ${q.kinds.join(', ')}` : '',
    q.since ? `since ${q.since}` : '',
    q.until ? `until ${q.until}` : '',
  ].filter(Boolean);
  const what = scope === 'highlight' ? 'the highlighted nodes and relationships' : 'the nodes and relationships';
  return `// Reproduces ${what} of a Corridor view by their ids (${parts.length ? `filters: ${parts.join('; ')}` : 'no filters'}).`;
}

/** "the 4 highlighted nodes and 3 links", "the 12 nodes and 1 link on the canvas": what a text holds, in words. */
export function cypherScopeText(scope: CypherScope, nodes: number, links: number): string {
  const n = `${nodes} ${scope === 'highlight' ? 'highlighted ' : ''}node${nodes === 1 ? '' : 's'}`;
  const l = `${links} link${links === 1 ? '' : 's'}`;
  return `the ${n} and ${l}${scope === 'canvas' ? ' on the canvas' : ''}`;
}

/**
 * The query bringing back what the canvas shows, or, while a result is highlighted (`highlighted`
 * its ids), only that result (walk 15, 2: with a path highlighted it wrote the whole canvas).
 */
export function canvasCypher(
  cy: cytoscape.Core,
  q: ApiQuery,
  highlighted: string[] = [],
): {
  query: string;
  params: { nodeIds: string[]; relIds: string[] };
  text: string;
  scope: CypherScope;
} {
  const scope: CypherScope = highlighted.length ? 'highlight' : 'canvas';
  const lit = new Set(highlighted);
  const eles = scope === 'highlight' ? cy.elements().filter((e) => lit.has(e.id())) : shown(cy.elements());
  const nodeIds = eles
    .nodes()
    .map((n) => n.id())
    .sort();
  const relIds = eles
    .edges()
    .map((e) => e.id())
    .sort();
  const params = { nodeIds, relIds };
  const query = `${filterComment(q, scope)}\n${REPRODUCE_QUERY}`;
  return { query, params, text: `:params ${JSON.stringify(params)}\n\n${query}\n`, scope };
}
