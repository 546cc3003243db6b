// @title Agreements of a province
// @description Documents signed by a province or by a place or body inside it (a city of the province counts), newest first.
// @param province: entity — the province, e.g. bac-ninh or quang-ninh
// *0..2: the province itself, its cities, and what is located in those.
MATCH (p:Entity {id: $province})
MATCH (party:Entity)-[:LOCATED_IN*0..2]->(p)
MATCH (party)-[s:SIGNED]-(partner:Entity)
// The article a row cites, named as a reader knows it (outlet and day), not by its id.
OPTIONAL MATCH (src:Article {id: s.article})
RETURN party, s, partner,
       party.name AS signedBy, partner.name AS with, s.document AS document, s.docKind AS docKind,
       s.date AS date, s.endDate AS endDate, s.count AS count, s.quote AS quote,
       coalesce(src.outlet + ', ' + src.published, src.outlet, s.article) AS source
// Newest first: by the last day a row may fall on, then by its first (2021–2022 before 2016–2022).
ORDER BY coalesce(s.dateTo, '') DESC, coalesce(s.dateFrom, '') DESC, party.name, partner.name, s.document
