// Benchmark check: entities per kind label, articles, and relationships per type, to compare with
// what the generator produced. Label and type counts come from the count store.
CALL () {
  UNWIND ['Country', 'Province', 'City', 'Official', 'Company', 'Organization', 'Event', 'Article'] AS label
  CALL (label) { MATCH (n:$(label)) RETURN count(n) AS n }
  RETURN collect([label, n]) AS labels
}
CALL () {
  UNWIND ['SIGNED', 'VISITED', 'MET', 'INVESTED_IN', 'PARTNER_OF', 'LOCATED_IN', 'HOLDS_POST', 'ATTENDED'] AS type
  CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS n }
  RETURN collect([type, n]) AS types
}
RETURN labels, types
