// Neighbourhood of one node, filtered and capped. Neighbours are ranked by their newest matching
// edge (dated edges newest first, undated after), then by degree, so a hub's expansion shows what
// is recent and central first; the rest is only counted, per edge type ($limit: Integer).
// Date filter: an edge is kept when its range [dateFrom, dateTo] meets [$since, $until]; undated
// edges (structure: LOCATED_IN, HOLDS_POST) are timeless and always kept.
MATCH (c:Entity {id: $id})
OPTIONAL MATCH (c)-[r]-(m:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND (r.dateFrom IS NULL OR (($since IS NULL OR r.dateTo >= $since) AND ($until IS NULL OR r.dateFrom <= $until)))
WITH c, m, collect(r) AS rels, max(r.dateTo) AS newest
WITH c, m, rels, newest, CASE WHEN m IS NULL THEN 0 ELSE COUNT { (m)--() } END AS degree
ORDER BY coalesce(newest, '') DESC, degree DESC, m.id
WITH c, [x IN collect({node: m, rels: rels, degree: degree}) WHERE x.node IS NOT NULL] AS ranked
WITH c, ranked[0..$limit] AS kept, ranked[$limit..] AS rest
// What was left out is counted here, not shipped: a neighbour joined by two types counts under both.
CALL (rest) {
  UNWIND rest AS x
  UNWIND x.rels AS r
  WITH type(r) AS type, count(DISTINCT x.node) AS count
  RETURN collect({type: type, count: count}) AS omittedByType
}
RETURN c, COUNT { (c)--() } AS degree, kept, size(rest) AS omittedTotal, omittedByType
