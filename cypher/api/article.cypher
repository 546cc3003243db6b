// An article and the facts that cite it: the relationships among whose sources it is (or whose
// `article` it is, for edges stored before sources were lists), with their ends, plus entities
// named in it (their `articles` list) that have no such edge.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (x:Entity)
WHERE $id IN coalesce(x.articles, [])
OPTIONAL MATCH (x)-[r]->(y:Entity)
WHERE $id IN coalesce(r.sourceArticles, [r.article])
RETURN a {.*} AS article, collect(DISTINCT x) AS entities, collect([x, r, y]) AS facts
