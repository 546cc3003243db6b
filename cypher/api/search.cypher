// Search: full-text matches over names, aliases and ASCII-folded forms, best first.
// $lucene: a Lucene query already folded and escaped by the search service (never raw input).
// $kinds: list of node kinds or null; $limit: Integer (at most 100, see SearchQuery).
// Lucene keeps only its 200 best-scoring hits: a common name ("nguyen van", "wang") matches tens
// of thousands of nodes on a large graph, and counting every one's relationships made search
// p95 ~10x slower there (bench:api-large). Ties beyond the 200th hit are not re-ranked by degree.
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 200}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score, COUNT { (node)--() } AS degree
// Equal scores (same name in two kinds) go to the better-connected node.
ORDER BY score DESC, degree DESC, node.id
LIMIT $limit
RETURN node, score, degree
