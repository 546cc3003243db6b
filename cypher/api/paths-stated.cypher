// Shortest undirected paths between two nodes, those through stated facts first: among paths of
// the shortest length, fewer "detours" come first, a detour being a reference-data link (the
// gazetteer's LOCATED_IN, basis 'reference') or a country passed through as a hub. So Cao Bằng to
// Nanning goes through the Spring Meeting and Guangxi rather than through Việt Nam, when both are
// three steps. Same search and bounds as paths-shortest.cypher; at most $scan shortest paths are
// weighed (Integer), $cap returned (1 for mode=shortest).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)-[r WHERE $types IS NULL OR type(r) IN $types]-{1,8}(b)
WITH p
WHERE length(p) <= $maxHops
WITH p
LIMIT $scan
WITH p,
     size([r IN relationships(p) WHERE r.basis = 'reference']) + size([n IN nodes(p)[1..-1] WHERE n:Country]) AS detours
ORDER BY detours
RETURN p
LIMIT $cap
