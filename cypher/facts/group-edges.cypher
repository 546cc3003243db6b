// Loader: every relationship of the given facts. $groups: [{type, from, to}]. With each, its
// citations' article metadata for edges stored before citations were lists (one article each).
UNWIND $groups AS g
MATCH (a:Entity {id: g.from})-[r]->(b:Entity {id: g.to})
WHERE type(r) = g.type
OPTIONAL MATCH (art:Article {id: r.article})
RETURN elementId(r) AS eid, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props,
       art.outlet AS outlet, art.published AS published
