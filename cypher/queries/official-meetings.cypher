// @title Who met whom
// @description Everyone an official met, newest first, with the date, the quote and the article that say so.
// @param official: entity — the official, e.g. nguyen-huu-nghia
MATCH (o:Entity {id: $official})-[m:MET]-(other:Entity)
// The article a row cites, named as a reader knows it (outlet and day), not by its id.
OPTIONAL MATCH (src:Article {id: m.article})
// A meeting over days ("24–25 March 2025") keeps both: date and endDate, as the article states them.
RETURN o, m, other,
       other.name AS metWith, other.title AS theirTitle, m.date AS date, m.endDate AS endDate, m.quote AS quote,
       coalesce(src.outlet + ', ' + src.published, src.outlet, m.article) AS source
// Newest first: by the last day a meeting may fall on, then by its first.
ORDER BY coalesce(m.dateTo, '') DESC, coalesce(m.dateFrom, '') DESC, other.name
