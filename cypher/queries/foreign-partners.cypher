// @title Foreign partners of a locality
// @description Entities of another country tied to a locality (or a place inside it) by partnership, agreement, meeting or visit, strongest tie first.
// @param locality: entity — the locality, e.g. quang-ninh or bac-ninh
MATCH (l:Entity {id: $locality})
MATCH (place:Entity)-[:LOCATED_IN*0..2]->(l)
MATCH (place)-[r:PARTNER_OF|SIGNED|MET|VISITED]-(partner:Entity)
WHERE partner.country IS NOT NULL AND partner.country <> l.country
WITH partner, collect(r) AS ties
RETURN partner, ties,
       partner.name AS name, partner.kind AS kind, partner.country AS country,
       size(ties) AS strength, [t IN ties | type(t)] AS how
ORDER BY strength DESC, name
