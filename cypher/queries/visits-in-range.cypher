// @title Visits in a date range
// @description Visits whose dates meet the range, oldest first; dates may be partial (2022, 2022-10, 2022-10-30). Leave since or until empty for an open-ended range.
// @param since?: date — first year, month or day of the range, e.g. 2022 (empty: from the first visit)
// @param until?: date — last year, month or day of the range, e.g. 2025-03 (empty: up to the last visit)
// @range since until
// Comparing only the leading characters makes partial dates work: "2025-03-24" is within until "2025".
MATCH (who:Entity)-[v:VISITED]->(place:Entity)
WHERE ($since IS NULL OR left(v.dateTo, size($since)) >= $since)
  AND ($until IS NULL OR left(v.dateFrom, size($until)) <= $until)
// The article a row cites, named as a reader knows it (outlet and day), not by its id.
OPTIONAL MATCH (src:Article {id: v.article})
RETURN who, v, place,
       who.name AS visitor, place.name AS visited, v.date AS date, v.endDate AS endDate,
       v.count AS count, v.quote AS quote,
       coalesce(src.outlet + ', ' + src.published, src.outlet, v.article) AS source
ORDER BY v.dateFrom, who.name
