// @title Who met whom
// @description Everyone an official met, newest first, with the date, the quote and the article that say so.
// @param official: entity — the official, e.g. nguyen-huu-nghia
MATCH (o:Entity {id: $official})-[m:MET]-(other:Entity)
// The article a row cites, named as a reader knows it (outlet and day), not by its id.
OPTIONAL MATCH (src:Article {id: m.article})
RETURN o, m, other,
       other.name AS met, other.title AS theirTitle, m.date AS date, m.quote AS quote,
       coalesce(src.outlet + ', ' + src.published, src.outlet, m.article) AS source
ORDER BY coalesce(m.dateTo, '') DESC, other.name
