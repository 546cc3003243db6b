// Corridor's schema. Applied at every start (IF NOT EXISTS makes it idempotent).
//
// Every node of the domain carries the label :Entity besides its kind (:Province, :Official, …),
// so an id lookup that does not know the kind still hits one unique index.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

// Relationship ids are derived from the fact (article, type, ends, quote), so loading twice
// finds the same relationship instead of adding a second one.
CREATE INDEX rel_signed_id IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.id);
CREATE INDEX rel_visited_id IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.id);
CREATE INDEX rel_met_id IF NOT EXISTS FOR ()-[r:MET]-() ON (r.id);
CREATE INDEX rel_invested_id IF NOT EXISTS FOR ()-[r:INVESTED_IN]-() ON (r.id);
CREATE INDEX rel_partner_id IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() ON (r.id);
CREATE INDEX rel_located_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX rel_post_id IF NOT EXISTS FOR ()-[r:HOLDS_POST]-() ON (r.id);
CREATE INDEX rel_attended_id IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.id);

// Date filters on dated edges.
CREATE INDEX rel_signed_date IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.dateFrom);
CREATE INDEX rel_visited_date IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.dateFrom);
CREATE INDEX rel_met_date IF NOT EXISTS FOR ()-[r:MET]-() ON (r.dateFrom);

// Names and aliases, diacritics folded: "bac ninh" finds Bắc Ninh, "hung yen" finds Hưng Yên.
// The analyzer of an existing index cannot change: drop the index by hand if you change it here.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases, n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
