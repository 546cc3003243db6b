// The whole graph's relationships, filtered (same filters as neighbors.cypher, plus node kinds on
// both ends), at most $cap (Integer; the service asks for one more to know it truncated).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
  AND (r.dateFrom IS NULL OR (($since IS NULL OR r.dateTo >= $since) AND ($until IS NULL OR r.dateFrom <= $until)))
WITH a, r, b
ORDER BY r.id
LIMIT $cap
RETURN a, r, b
