// Search: full-text matches over names, aliases and ASCII-folded forms, best first: a node one of
// whose names is the whole query before any other (walk 19, 9: "Vietnam" gave the 10th Vietnam-China
// conference, named "Vietnam" twice, above Việt Nam, whose alias it is), then by score.
// $lucene: a Lucene query already folded and escaped by the search service (never raw input).
// $exact: the query's words, folded and lower-cased, joined by single spaces.
// $kinds: list of node kinds or null; $limit: Integer (at most 100, see SearchQuery).
// Lucene keeps only its 200 best-scoring hits: a common name ("nguyen van", "wang") matches tens
// of thousands of nodes on a large graph, and counting every one's relationships made search
// p95 ~10x slower there (bench:api-large). Ties beyond the 200th hit are not re-ranked by degree.
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 200}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score, COUNT { (node)--() } AS degree,
     any(form IN split(coalesce(node.searchText, ''), ' | ') WHERE toLower(form) = $exact) AS exact
// Equal scores (same name in two kinds) go to the better-connected node.
ORDER BY exact DESC, score DESC, degree DESC, node.id
LIMIT $limit
RETURN node, score, degree
