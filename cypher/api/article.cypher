// An article and the facts that cite it: the relationships whose `article` is this one, with
// their ends, plus entities named in it (their `articles` list) that have no such edge.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (x:Entity)
WHERE $id IN coalesce(x.articles, [])
OPTIONAL MATCH (x)-[r]->(y:Entity)
WHERE r.article = $id
RETURN a {.*} AS article, collect(DISTINCT x) AS entities, collect([x, r, y]) AS facts
