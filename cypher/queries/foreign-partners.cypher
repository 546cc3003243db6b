// @title Foreign partners of a locality
// @description Entities of another country tied to a locality (or a place inside it) by partnership, agreement, meeting or visit, or by taking part in the same event or recurring meeting (the Spring Meeting, a joint committee); strongest tie first.
// @param locality: entity — the locality, e.g. quang-ninh or lang-son
// A shared event counts as a tie: Lạng Sơn's ties with Guangxi run through the annual Spring
// Meeting and the Joint Working Committee, which both attend. Each tie is the whole chain from the
// locality to the partner, as a path (each link in its own direction): a place inside the locality
// by its LOCATED_IN links, then the direct link, or both ATTENDED links of the shared event. So the
// table reads the tie from the locality's side and the canvas highlights every link that makes it.
// `throughEvents` names the shared events.
MATCH (l:Entity {id: $locality})
CALL (l) {
  MATCH tie = (l)<-[:LOCATED_IN*0..2]-(:Entity)-[:PARTNER_OF|SIGNED|MET|VISITED]-(partner:Entity)
  WHERE partner.country IS NOT NULL AND partner.country <> l.country
  RETURN partner, tie, null AS event
  UNION
  MATCH tie = (l)<-[:LOCATED_IN*0..2]-(:Entity)-[:ATTENDED]->(event:Event)<-[:ATTENDED]-(partner:Entity)
  WHERE partner.country IS NOT NULL AND partner.country <> l.country
  RETURN partner, tie, event
}
// Ties in one order whatever the store's (shortest chain first, then by the shared event's name): the
// table and a share link read the same first tie every time.
WITH partner, tie, event
ORDER BY length(tie), coalesce(event.name, '')
// Strength counts the partner's own links (its direct tie, or its ATTENDED link to a shared event), not
// the chains: two places of the locality at one event are one tie.
WITH partner, collect(DISTINCT tie) AS ties, collect(DISTINCT last(relationships(tie))) AS links,
     collect(DISTINCT event.name) AS events
RETURN partner, ties,
       partner.name AS name, partner.kind AS kind, partner.country AS country,
       size(links) AS strength, [t IN links | type(t)] AS how, events AS throughEvents
ORDER BY strength DESC, name
