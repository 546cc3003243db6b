// @title Paths between two localities
// @description Every shortest chain of relationships (any type, either direction) linking two places, people or bodies.
// @param from: entity — one end, e.g. hung-yen
// @param to: entity — the other end, e.g. beijing
// @param maxHops: hops = 4 — longest path considered
// @param includeReference: boolean = false — also walk reference links (gazetteer) and pass through a country as a hub
// As the path finder: by default only facts stated in articles, no reference link (basis
// 'reference') and no country passed through as a hub (a country may be the end); the inner
// predicates are checked while searching. The bound of a quantified pattern cannot be a parameter:
// the path finder's most hops here, 8 (MAX_PATH_HOPS in common/wire.ts: the loader checks the two agree
// and the form says it), narrowed by $maxHops after WITH (a length test inside the MATCH would not help).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)
  (()-[r WHERE $includeReference OR coalesce(r.basis, '') <> 'reference']-(hop WHERE $includeReference OR NOT hop:Country OR hop.id = $to)){1,8}
  (b)
WITH p
WHERE length(p) <= $maxHops
RETURN p, length(p) AS hops, [n IN nodes(p) | n.name] AS via, [r IN relationships(p) | type(r)] AS types
LIMIT 25
