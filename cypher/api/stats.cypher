// Counts per node kind and edge type, the number of articles, the range of edge dates, and the
// graph's own name of each country ("Việt Nam"), which the client's country filter shows.
CALL () {
  MATCH (n:Entity)
  WITH n.kind AS kind, count(*) AS c
  RETURN collect({key: kind, count: c}) AS nodes
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WITH type(r) AS type, count(*) AS c, min(r.dateFrom) AS lo, max(r.dateTo) AS hi
  RETURN collect({key: type, count: c}) AS edges, min(lo) AS minDate, max(hi) AS maxDate
}
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS articles
}
CALL () {
  MATCH (c:Entity {kind: 'Country'})
  WHERE c.country IS NOT NULL
  RETURN collect({code: c.country, name: c.name}) AS countries
}
RETURN nodes, edges, articles, minDate, maxDate, countries
