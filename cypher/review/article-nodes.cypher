// Retraction: the entities that name article $id, with their articles and whether any
// relationship is left on them (after the article's facts were re-corroborated).
MATCH (n:Entity)
WHERE $id IN coalesce(n.articles, [])
RETURN n.id AS id, n.articles AS articles, EXISTS { (n)--() } AS linked
