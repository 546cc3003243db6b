// @title Foreign partners of a locality
// @description Entities of another country tied to a locality (or a place inside it) by partnership, agreement, meeting or visit, or by taking part in the same event or recurring meeting (the Spring Meeting, a joint committee); strongest tie first.
// @param locality: entity — the locality, e.g. quang-ninh or lang-son
// A shared event counts as a tie: Lạng Sơn's ties with Guangxi run through the annual Spring
// Meeting and the Joint Working Committee, which both attend. `ties` holds the direct links and the
// partner's ATTENDED links; `throughEvents` names the shared events.
MATCH (l:Entity {id: $locality})
MATCH (place:Entity)-[:LOCATED_IN*0..2]->(l)
CALL (place, l) {
  MATCH (place)-[r:PARTNER_OF|SIGNED|MET|VISITED]-(partner:Entity)
  WHERE partner.country IS NOT NULL AND partner.country <> l.country
  RETURN partner, r AS tie, null AS event
  UNION
  MATCH (place)-[:ATTENDED]->(event:Event)<-[r:ATTENDED]-(partner:Entity)
  WHERE partner.country IS NOT NULL AND partner.country <> l.country
  RETURN partner, r AS tie, event
}
WITH partner, collect(DISTINCT tie) AS ties, collect(DISTINCT event.name) AS events
RETURN partner, ties,
       partner.name AS name, partner.kind AS kind, partner.country AS country,
       size(ties) AS strength, [t IN ties | type(t)] AS how, events AS throughEvents
ORDER BY strength DESC, name
