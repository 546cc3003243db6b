// The read-only Cypher the client itself sends (through the console's endpoint, so Neo4j enforces
// read-only and the time limit): parameterised, never with values pasted in.

/** The nodes with these ids and every relationship between two of them. */
export const NODES_AND_LINKS = `// The nodes with these ids and every relationship between two of them.
MATCH (n:Entity) WHERE n.id IN $nodeIds
OPTIONAL MATCH (n)-[r]->(m:Entity) WHERE m.id IN $nodeIds
RETURN n, r, m`;

/** Relationships by element id with both ends (a result's relationships whose ends it did not return). */
export const RELATIONSHIPS_WITH_ENDS = `// Relationships by element id, with both of their ends.
MATCH (a)-[r]->(b) WHERE elementId(r) IN $relElementIds
RETURN a, r, b`;

/** The relationships between some nodes and the nodes on the canvas (each relationship once). */
export const LINKS_TO_CANVAS = `// The relationships between these nodes and those on the canvas.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE (a.id IN $nodeIds AND b.id IN $canvasIds) OR (b.id IN $nodeIds AND a.id IN $canvasIds)
RETURN a, r, b`;
