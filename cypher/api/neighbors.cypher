// Neighbourhood of one node, filtered and capped. Neighbours are ranked by their newest matching
// edge (dated edges newest first, undated after), then by degree, so a hub's expansion shows what
// is recent and central first; the rest is only counted, per edge type ($limit: Integer >= 1).
// Date filter: an edge is kept when its range [dateFrom, dateTo] meets [$since, $until]; undated
// edges (structure: LOCATED_IN, HOLDS_POST) are timeless and always kept.
MATCH (c:Entity {id: $id})
OPTIONAL MATCH (c)-[r]-(m:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND (r.dateFrom IS NULL OR (($since IS NULL OR r.dateTo >= $since) AND ($until IS NULL OR r.dateFrom <= $until)))
WITH c, m, collect(r) AS rels, coalesce(max(r.dateTo), '') AS newest
ORDER BY newest DESC
WITH c, [x IN collect({node: m, rels: rels, newest: newest}) WHERE x.node IS NOT NULL] AS byDate
// Degree only breaks ties between equally new neighbours, so it is counted for those that can still
// make the page (at least as new as the $limit-th): on a hub, a page of counts instead of 18,000.
WITH c, byDate, CASE WHEN size(byDate) > $limit THEN byDate[$limit - 1].newest END AS cut
CALL (byDate, cut) {
  UNWIND byDate AS x
  WITH x, x.node AS m
  WHERE cut IS NULL OR x.newest >= cut
  WITH x, m, COUNT { (m)--() } AS degree
  ORDER BY x.newest DESC, degree DESC, m.id
  RETURN collect({node: m, rels: x.rels, degree: degree}) AS contenders
}
WITH c, contenders[0..$limit] AS kept,
     contenders[$limit..] + [x IN byDate WHERE cut IS NOT NULL AND x.newest < cut] AS rest
// What was left out is counted here, not shipped: a neighbour joined by two types counts under both.
CALL (rest) {
  UNWIND rest AS x
  UNWIND x.rels AS r
  WITH type(r) AS type, count(DISTINCT x.node) AS count
  RETURN collect({type: type, count: count}) AS omittedByType
}
RETURN c, COUNT { (c)--() } AS degree, kept, size(rest) AS omittedTotal, omittedByType
