// One shortest undirected path between two nodes, both anchored by the unique id index.
// The variable-length bound cannot be a parameter: the pattern allows 8 hops (PathsQuery's
// maximum) and $maxHops narrows it. $types: edge types allowed on the path, or null for all.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*1..8]-(b))
WHERE length(p) <= $maxHops
  AND ($types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types))
RETURN p
