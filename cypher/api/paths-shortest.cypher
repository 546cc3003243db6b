// One shortest undirected path between two nodes, both anchored by the unique id index.
// SHORTEST over a quantified pattern checks the type filter on each relationship while it
// searches; the older shortestPath() with an `all(r IN relationships(p) ...)` WHERE falls back to
// enumerating every path when nothing matches (9 s on the seed graph for a pair with no MET path).
// The bound of the pattern cannot be a parameter: 8 hops (PathsQuery's maximum), and $maxHops
// narrows it after WITH. $types: edge types allowed on the path, or null for all.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)-[r WHERE $types IS NULL OR type(r) IN $types]-{1,8}(b)
WITH p
WHERE length(p) <= $maxHops
RETURN p
