// Loader: every relationship of the given facts. $groups: [{type, from, to}]; $symmetric: the types
// whose edge may run either way (a fact "A met B" may be stored B -> A). With each, its citations'
// article metadata for edges stored before citations were lists (one article each).
UNWIND $groups AS g
MATCH (a:Entity {id: g.from})-[r]-(b:Entity {id: g.to})
WHERE type(r) = g.type AND (startNode(r) = a OR g.type IN $symmetric)
WITH DISTINCT r
OPTIONAL MATCH (art:Article {id: r.article})
RETURN elementId(r) AS eid, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props,
       art.outlet AS outlet, art.published AS published
