// Search's second chance: the nodes whose ids are those of the places the gazetteer knows by the
// query ("PRC" is China's other name there, not in any article's aliases), best linked first.
// $ids: list of node ids (a handful at most).
MATCH (node:Entity)
WHERE node.id IN $ids
WITH node, COUNT { (node)--() } AS degree
ORDER BY degree DESC, node.id
RETURN node, 0.0 AS score, degree
