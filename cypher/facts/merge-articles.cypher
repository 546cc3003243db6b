// Loader: articles. $articles: [{id, props}]. SET = replaces properties, so a reload leaves no stale ones.
UNWIND $articles AS a
MERGE (n:Article {id: a.id})
SET n = a.props
