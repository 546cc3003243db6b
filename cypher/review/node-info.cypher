// Review: which of $ids are nodes of the graph, with their name, kind, country, aliases and number of links.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.country AS country, coalesce(n.aliases, []) AS aliases, COUNT { (n)--() } AS degree
