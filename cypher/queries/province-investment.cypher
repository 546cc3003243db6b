// @title Investment into a province
// @description Who invested in a province (or a place inside it), largest amount first, with where the investor comes from.
// @param province: entity — the province, e.g. bac-ninh
MATCH (p:Entity {id: $province})
MATCH (place:Entity)-[:LOCATED_IN*0..2]->(p)
MATCH (investor:Entity)-[i:INVESTED_IN]->(place)
OPTIONAL MATCH (investor)-[:LOCATED_IN]->(home:Entity)
// The article a row cites, named as a reader knows it (outlet and day), not by its id.
OPTIONAL MATCH (src:Article {id: i.article})
RETURN investor, i, place, home,
       investor.name AS investorName, home.name AS from, i.amountUsd AS amountUsd, i.amountQualifier AS qualifier,
       i.projects AS projects, i.workers AS workers, i.asOf AS asOf, i.quote AS quote,
       coalesce(src.outlet + ', ' + src.published, src.outlet, i.article) AS source
ORDER BY coalesce(i.amountUsd, 0) DESC, investor.name
