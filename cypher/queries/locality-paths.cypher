// @title Paths between two localities
// @description Every shortest chain of relationships (any type, either direction) linking two places, people or bodies.
// @param from: entity — one end, e.g. hung-yen
// @param to: entity — the other end, e.g. beijing
// @param maxHops: integer = 4 — longest path considered (at most 6)
// The bound of a quantified pattern cannot be a parameter: 6 here, narrowed by $maxHops after
// WITH (inside the MATCH's WHERE a length test would not help the search).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)-[]-{1,6}(b)
WITH p
WHERE length(p) <= $maxHops
RETURN p, length(p) AS hops, [n IN nodes(p) | n.name] AS via, [r IN relationships(p) | type(r)] AS types
LIMIT 25
