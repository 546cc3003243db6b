// The whole graph's relationships, filtered, at most $cap (Integer; the service asks for one more
// to know it truncated). Filters as in neighbors.cypher plus node kinds on both ends, and:
//   $datedOnly: leave out undated relationships (the service's first pass of a date filter);
//   $ids: only relationships between these nodes, or null;
//   $minSources: only facts stated by at least this many outlets (an edge without the count has one), or null.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
  AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
  AND (r.dateFrom IS NULL OR (($since IS NULL OR r.dateTo >= $since) AND ($until IS NULL OR r.dateFrom <= $until)))
  AND NOT ($datedOnly AND r.dateFrom IS NULL)
  AND ($minSources IS NULL OR coalesce(r.sources, 1) >= $minSources)
WITH a, r, b
ORDER BY r.id
LIMIT $cap
RETURN a, r, b
