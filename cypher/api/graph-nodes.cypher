// The whole graph's nodes of the given kinds ($kinds or null), or only those with the given ids
// ($ids or null), with their degree; hubs first so a cap ($cap, Integer) keeps the central ones.
MATCH (n:Entity)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($ids IS NULL OR n.id IN $ids)
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC, n.id
LIMIT $cap
RETURN n, degree
