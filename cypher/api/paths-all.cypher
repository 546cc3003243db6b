// Every shortest undirected path between two nodes (same bounds as paths-shortest.cypher),
// at most $cap of them (Integer). The length test follows the search for the same reason as there.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*1..8]-(b))
WHERE all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
WITH p
WHERE length(p) <= $maxHops
RETURN p
LIMIT $cap
