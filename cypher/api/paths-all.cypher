// Every shortest undirected path between two nodes (same search and bounds as
// paths-shortest.cypher), at most $cap of them (Integer).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)-[r WHERE $types IS NULL OR type(r) IN $types]-{1,8}(b)
WITH p
WHERE length(p) <= $maxHops
RETURN p
LIMIT $cap
