// Counts per node kind and edge type, the number of articles, and the range of edge dates.
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
RETURN nodes, edges, articles, minDate, maxDate
