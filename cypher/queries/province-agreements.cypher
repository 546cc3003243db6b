// @title Agreements of a province
// @description Documents signed by a province or by a place or body inside it (a city of the province counts), newest first.
// @param province: entity — the province, e.g. bac-ninh or quang-ninh
// *0..2: the province itself, its cities, and what is located in those.
MATCH (p:Entity {id: $province})
MATCH (party:Entity)-[:LOCATED_IN*0..2]->(p)
MATCH (party)-[s:SIGNED]-(partner:Entity)
RETURN party, s, partner,
       party.name AS signedBy, partner.name AS with, s.document AS document, s.docKind AS docKind,
       s.date AS date, s.count AS count, s.quote AS quote, s.article AS article
ORDER BY coalesce(s.dateTo, '') DESC, party.name, partner.name
