// One shortest undirected path between two nodes, both anchored by the unique id index.
// The variable-length bound cannot be a parameter: the pattern allows 8 hops (PathsQuery's
// maximum) and $maxHops narrows it. $types: edge types allowed on the path, or null for all.
// The length test comes after the search, not in its WHERE: a predicate the breadth-first search
// cannot apply while it walks makes Neo4j plan a fallback that enumerates every path up to 8 hops
// when the shortest one fails the test, which on a million-edge graph never finishes. If the
// shortest path is longer than $maxHops, no path within $maxHops exists, so the answer is the same.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*1..8]-(b))
WHERE $types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types)
WITH p
WHERE length(p) <= $maxHops
RETURN p
