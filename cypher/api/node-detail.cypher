// Node detail: the node, every relationship it has (with the other end and the direction), and the
// articles it is cited in (its own `articles` list plus every article its edges cite).
// Newest dated edges first; undated (standing) ones after, by type.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-(m:Entity)
WITH n, r, m
ORDER BY coalesce(r.dateTo, '') DESC, type(r), m.id
WITH n, collect(CASE WHEN r IS NULL THEN null ELSE {rel: r, other: m, out: startNode(r) = n} END) AS rels
OPTIONAL MATCH (a:Article)
WHERE a.id IN coalesce(n.articles, [])
   OR any(x IN rels WHERE a.id IN coalesce(x.rel.sourceArticles, [x.rel.article]))
WITH n, rels, a
ORDER BY a.published DESC, a.id
RETURN n, COUNT { (n)--() } AS degree, rels,
       collect(a {.id, .title, .outlet, .published}) AS articles
