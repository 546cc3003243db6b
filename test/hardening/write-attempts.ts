// Queries that try to write, administer, read files or leave the database through the read-only
// Cypher console. Every one must be refused and leave the graph as it was.
//
// `by` says which refusal is expected:
//   'guard'   the EXPLAIN guard refuses it (403 read_only): Neo4j planned a write/admin operator;
//   'neo4j'   Neo4j itself rejects it before anything runs (400 syntax / 422 unknown procedure…).

export interface WriteAttempt {
  name: string;
  query: string;
  params?: Record<string, unknown>;
  by: 'guard' | 'neo4j';
}

export const WRITE_ATTEMPTS: readonly WriteAttempt[] = [
  // ---- every write clause ----
  { name: 'CREATE node', query: "CREATE (n:Entity {id: 'intruder'}) RETURN n", by: 'guard' },
  {
    name: 'CREATE relationship',
    query: 'MATCH (a:Entity), (b:Entity) WITH a, b LIMIT 1 CREATE (a)-[:MET]->(b)',
    by: 'guard',
  },
  {
    name: 'MERGE an existing node (no-op at run time, still a write)',
    query: 'MATCH (n:Entity) WITH n.id AS id LIMIT 1 MERGE (m:Entity {id: id}) RETURN m',
    by: 'guard',
  },
  {
    name: 'MERGE relationship',
    query: "MATCH (n:Entity) WITH n LIMIT 1 MERGE (n)-[:PARTNER_OF]->(:Entity {id: 'new'})",
    by: 'guard',
  },
  { name: 'SET property', query: "MATCH (n:Entity) SET n.name = 'pwned'", by: 'guard' },
  { name: 'SET += map', query: "MATCH (n:Entity) SET n += {name: 'pwned'}", by: 'guard' },
  { name: 'SET = {} wipes properties', query: 'MATCH (n:Entity) SET n = {}', by: 'guard' },
  { name: 'SET label', query: 'MATCH (n:Entity) SET n:Hacked', by: 'guard' },
  { name: 'REMOVE property', query: 'MATCH (n:Entity) REMOVE n.name', by: 'guard' },
  { name: 'REMOVE label', query: 'MATCH (n:Entity) REMOVE n:Entity', by: 'guard' },
  { name: 'DELETE relationships', query: 'MATCH ()-[r]->() DELETE r', by: 'guard' },
  { name: 'DETACH DELETE everything', query: 'MATCH (n) DETACH DELETE n', by: 'guard' },
  { name: 'SET relationship property', query: "MATCH ()-[r]->() SET r.quote = ''", by: 'guard' },
  // ---- FOREACH ----
  { name: 'FOREACH CREATE', query: 'FOREACH (i IN range(1, 3) | CREATE (:Entity {id: toString(i)}))', by: 'guard' },
  {
    name: 'FOREACH SET over collected nodes',
    query: 'MATCH (n:Entity) WITH collect(n) AS ns FOREACH (x IN ns | SET x.flag = true)',
    by: 'guard',
  },
  {
    name: 'FOREACH DETACH DELETE along paths',
    query: 'MATCH p = ()-->() FOREACH (n IN nodes(p) | DETACH DELETE n)',
    by: 'guard',
  },
  {
    name: 'FOREACH nested in FOREACH',
    query: 'FOREACH (a IN [1] | FOREACH (b IN [2] | MERGE (:X {v: a + b})))',
    by: 'guard',
  },
  // ---- writes in subqueries and unions ----
  { name: 'unit subquery CREATE', query: 'CALL { CREATE (:X) } RETURN 1 AS one', by: 'guard' },
  { name: 'scoped subquery SET', query: 'MATCH (n:Entity) CALL (n) { SET n.x = 1 } RETURN count(*) AS c', by: 'guard' },
  {
    name: 'subquery DETACH DELETE returning rows',
    query: 'MATCH (n) CALL (n) { DETACH DELETE n RETURN 1 AS gone } RETURN count(gone) AS c',
    by: 'guard',
  },
  {
    name: 'CALL IN TRANSACTIONS',
    query: 'UNWIND range(1, 10) AS i CALL (i) { CREATE (:X {i: i}) } IN TRANSACTIONS OF 2 ROWS RETURN 1 AS one',
    by: 'guard',
  },
  {
    name: 'read-only CALL IN TRANSACTIONS (commits on its own)',
    query: 'UNWIND range(1, 3) AS i CALL (i) { RETURN i * 2 AS j } IN TRANSACTIONS RETURN j',
    by: 'guard',
  },
  {
    name: 'write hidden in a UNION branch',
    query: 'RETURN 1 AS x UNION MATCH (n) CREATE (:X) RETURN 2 AS x',
    by: 'guard',
  },
  {
    name: 'write after a read subquery',
    query: 'CALL { MATCH (n:Entity) RETURN n } WITH n SET n.z = 1 RETURN n',
    by: 'guard',
  },
  // ---- comments, case and odd unicode ----
  { name: 'block comment claiming read-only', query: '/* read only, promise */ CREATE (:X)', by: 'guard' },
  { name: 'line comment before a delete', query: '// harmless\nMATCH (n) DETACH DELETE n', by: 'guard' },
  { name: 'lower and mixed case', query: 'match (n) cReAtE (n)-[:MET]->(:X)', by: 'guard' },
  { name: 'no-break spaces as whitespace', query: 'CREATE\u00a0(:X)', by: 'guard' },
  { name: 'zero-width space inside the keyword', query: 'CRE\u200bATE (:X)', by: 'neo4j' },
  { name: 'fullwidth letters', query: 'ＣＲＥＡＴＥ (:X)', by: 'neo4j' },
  { name: 'Cyrillic homoglyph С in CREATE', query: '\u0421REATE (:X)', by: 'neo4j' },
  { name: 'right-to-left override around a write', query: '\u202eCREATE (:X)\u202c', by: 'neo4j' },
  { name: 'backticked property with NUL', query: 'MATCH (n) SET n.`name\u0000` = 1', by: 'neo4j' },
  // ---- string-built tricks and procedures ----
  {
    name: 'APOC-style eval of a built string',
    query: "WITH 'CRE' + 'ATE (:X)' AS q CALL apoc.cypher.doIt(q, {}) YIELD value RETURN value",
    by: 'neo4j',
  },
  { name: 'db.createLabel', query: "CALL db.createLabel('Hacked')", by: 'guard' },
  { name: 'db.createProperty', query: "CALL db.createProperty('hacked')", by: 'guard' },
  { name: 'db.createRelationshipType', query: "CALL db.createRelationshipType('HACKED')", by: 'guard' },
  {
    name: 'db.create.setNodeVectorProperty',
    query: "MATCH (n:Entity) CALL db.create.setNodeVectorProperty(n, 'v', [1.0, 2.0])",
    by: 'guard',
  },
  { name: 'db.clearQueryCaches (admin)', query: 'CALL db.clearQueryCaches()', by: 'guard' },
  { name: 'dbms.components (dbms.*)', query: 'CALL dbms.components()', by: 'guard' },
  { name: 'dbms.info (dbms.*)', query: 'CALL dbms.info()', by: 'guard' },
  { name: 'tx.setMetaData', query: 'CALL tx.setMetaData({evil: true})', by: 'guard' },
  { name: 'LOAD CSV from a file', query: "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", by: 'guard' },
  {
    name: 'LOAD CSV from the network into CREATE',
    query: "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row CREATE (:X {v: row.v})",
    by: 'guard',
  },
  // ---- administration, schema, other databases ----
  { name: 'SHOW USERS', query: 'SHOW USERS', by: 'guard' },
  { name: 'CREATE USER', query: "CREATE USER mallory SET PASSWORD 'secretsecret' CHANGE NOT REQUIRED", by: 'guard' },
  {
    name: 'ALTER USER password',
    query: "ALTER USER neo4j SET PASSWORD 'abcabcabcabc' CHANGE NOT REQUIRED",
    by: 'guard',
  },
  { name: 'DROP USER', query: 'DROP USER neo4j', by: 'guard' },
  { name: 'SHOW DATABASES', query: 'SHOW DATABASES', by: 'guard' },
  { name: 'CREATE DATABASE', query: 'CREATE DATABASE evil', by: 'neo4j' },
  { name: 'STOP DATABASE', query: 'STOP DATABASE neo4j', by: 'neo4j' },
  { name: 'SHOW INDEXES', query: 'SHOW INDEXES', by: 'guard' },
  { name: 'CREATE INDEX', query: 'CREATE INDEX evil FOR (n:Entity) ON (n.evil)', by: 'guard' },
  { name: 'DROP the full-text index', query: 'DROP INDEX entity_names', by: 'guard' },
  { name: 'SHOW CONSTRAINTS', query: 'SHOW CONSTRAINTS', by: 'guard' },
  { name: 'CREATE CONSTRAINT', query: 'CREATE CONSTRAINT evil FOR (n:X) REQUIRE n.id IS UNIQUE', by: 'guard' },
  { name: 'SHOW TRANSACTIONS', query: 'SHOW TRANSACTIONS', by: 'guard' },
  { name: 'TERMINATE TRANSACTIONS', query: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", by: 'guard' },
  { name: 'SHOW SETTINGS', query: 'SHOW SETTINGS', by: 'guard' },
  { name: 'USE system with an admin command', query: 'USE system SHOW USERS', by: 'neo4j' },
  { name: 'USE system with a procedure', query: 'USE system CALL dbms.showCurrentUser()', by: 'guard' },
  // ---- several statements, prefixes ----
  { name: 'read then write, two statements', query: 'MATCH (n) RETURN n; CREATE (:X)', by: 'neo4j' },
  {
    name: 'two statements over lines with a comment',
    query: 'RETURN 1; // just one\nMATCH (n) DETACH DELETE n',
    by: 'neo4j',
  },
  { name: 'PROFILE prefix (would run it)', query: 'PROFILE CREATE (:X)', by: 'neo4j' },
  { name: 'runtime option prefix', query: 'CYPHER runtime=slotted CREATE (:X)', by: 'guard' },
  // ---- parameter abuse ----
  {
    name: 'map parameter written with SET =',
    query: 'MATCH (n:Entity) SET n = $props',
    params: { props: { name: 'pwned' } },
    by: 'guard',
  },
  {
    name: 'injection-shaped id in MERGE',
    query: 'MERGE (n:Entity {id: $id}) RETURN n',
    params: { id: "x'}) DETACH DELETE n //" },
    by: 'guard',
  },
  {
    name: 'procedure argument from a parameter',
    query: 'CALL db.createLabel($label)',
    params: { label: 'Evil' },
    by: 'guard',
  },
  {
    name: 'FOREACH over a parameter list',
    query: 'FOREACH (x IN $list | CREATE (:X {v: x}))',
    params: { list: [1, 2, 3] },
    by: 'guard',
  },
  {
    name: 'dynamic label from a parameter',
    query: 'MATCH (n:Entity) SET n:$($label)',
    params: { label: 'Evil' },
    by: 'guard',
  },
  {
    name: 'parameter named like a clause',
    query: 'MATCH (n:Entity) SET n.name = $CREATE',
    params: { CREATE: 'x' },
    by: 'guard',
  },
];
