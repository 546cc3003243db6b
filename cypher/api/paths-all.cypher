// Every shortest undirected path between two nodes (same bounds as paths-shortest.cypher),
// at most $cap of them (Integer).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*1..8]-(b))
WHERE length(p) <= $maxHops
  AND ($types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types))
RETURN p
LIMIT $cap
