// Shortest undirected paths between two nodes over stated facts only: no reference-data link (the
// gazetteer's LOCATED_IN, basis 'reference') and no country passed through as a hub (a country may
// be an end). So You Jun to Bắc Giang never goes "through" Việt Nam; when only such a path exists
// there is none here, and the client offers to include reference links (prefer=any). Same search
// and bounds as paths-shortest.cypher (the inner node predicate is checked while searching); at
// most $cap returned (1 for mode=shortest).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)
  (()-[r WHERE ($types IS NULL OR type(r) IN $types) AND coalesce(r.basis, '') <> 'reference']-(hop WHERE NOT hop:Country OR hop.id = $to)){1,8}
  (b)
WITH p
WHERE length(p) <= $maxHops
RETURN p
LIMIT $cap
