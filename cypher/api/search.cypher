// Search: full-text matches over names, aliases and ASCII-folded forms, best first.
// $lucene: a Lucene query already folded and escaped by the search service (never raw input).
// $kinds: list of node kinds or null; $limit: Integer.
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score, COUNT { (node)--() } AS degree
// Equal scores (same name in two kinds) go to the better-connected node.
ORDER BY score DESC, degree DESC, node.id
LIMIT $limit
RETURN node, score, degree
