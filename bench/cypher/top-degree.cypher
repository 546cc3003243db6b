// Benchmark: the entities with the most relationships of a kind (hubs for the supernode test).
// $kind: a node kind from the fixed list; $limit: Integer.
MATCH (n:Entity)
WHERE n.kind = $kind
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC
LIMIT $limit
RETURN n.id AS id, n.name AS name, degree
