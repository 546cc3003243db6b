// The relationships between a node of $nodeIds and a node of $among (which holds $nodeIds too, so
// links between two of $nodeIds count), each once, at most $cap (Integer; the service asks for one
// more to know it truncated). Matched from $nodeIds so the id index starts the walk.
MATCH (a:Entity) WHERE a.id IN $nodeIds
MATCH (a)-[r]-(b:Entity) WHERE b.id IN $among
WITH DISTINCT r
ORDER BY r.id
LIMIT $cap
RETURN startNode(r) AS a, r, endNode(r) AS b
