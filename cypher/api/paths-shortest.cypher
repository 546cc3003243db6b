// One shortest undirected path between two nodes, both anchored by the unique id index.
// The variable-length bound cannot be a parameter: the pattern allows 8 hops (PathsQuery's
// maximum) and $maxHops narrows it. $types: edge types allowed on the path, or null for all.
// Only predicates the breadth-first search can apply on each relationship as it walks belong in
// its WHERE (so the null test sits inside all(), per relationship): anything else makes Neo4j plan
// a fallback that enumerates every path up to 8 hops when the shortest one fails the test, which on
// a million-edge graph does not finish (PROFILE: AntiConditionalApply > VarLengthExpand). The length
// test therefore comes after the search: if the shortest path is longer than $maxHops, no path
// within $maxHops exists, so the answer is the same.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*1..8]-(b))
WHERE all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
WITH p
WHERE length(p) <= $maxHops
RETURN p
