// @title Who met whom
// @description Everyone an official met, newest first, with the date, the quote and the article that say so.
// @param official: entity — the official, e.g. nguyen-huu-nghia
MATCH (o:Entity {id: $official})-[m:MET]-(other:Entity)
RETURN o, m, other,
       other.name AS met, other.title AS theirTitle, m.date AS date, m.quote AS quote, m.article AS article
ORDER BY coalesce(m.dateTo, '') DESC, other.name
