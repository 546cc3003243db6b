// Ingest: which drafted entities are already nodes. $candidates: [{key, id, query}], where query
// is a Lucene phrase query over the entity's folded names (escaped by the caller).
// Returns the node with the same id, if any, and the best full-text hits on names and aliases;
// the caller accepts a hit only if one of its names equals one of the draft's (folded) and, when
// both are placed, it lies near the drafted place (two cities can share a name).
UNWIND $candidates AS c
OPTIONAL MATCH (same:Entity {id: c.id})
CALL (c) {
  CALL db.index.fulltext.queryNodes('entity_names', c.query, {limit: 5}) YIELD node, score
  RETURN collect({id: node.id, kind: node.kind, name: node.name, aliases: coalesce(node.aliases, []), lat: node.lat, lon: node.lon}) AS hits
}
RETURN c.key AS key,
       CASE WHEN same IS NULL THEN null ELSE {id: same.id, kind: same.kind, name: same.name, aliases: coalesce(same.aliases, [])} END AS same,
       hits
