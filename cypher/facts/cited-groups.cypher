// Loader: the facts (type and ends) that cite any of $articles, found through the Article node's
// `facts` list and, for a graph stored before articles had one, through the entities they name.
UNWIND $articles AS article
CALL (article) {
  MATCH (a:Article {id: article})
  UNWIND coalesce(a.facts, []) AS fact
  WITH split(fact, ' ') AS f
  RETURN f[0] AS type, f[1] AS from, f[2] AS to
  UNION
  MATCH (x:Entity)
  WHERE article IN coalesce(x.articles, [])
  MATCH (x)-[r]-(:Entity)
  WHERE article IN coalesce(r.sourceArticles, [r.article])
  RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to
}
RETURN DISTINCT type, from, to
