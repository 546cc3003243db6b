// Loader: relationships. $edges: [{id, type, from, to, props}]; type is one of the fixed edge types.
// MERGE on the fact's stable id makes a second load find the relationship instead of adding one.
UNWIND $edges AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
RETURN count(r) AS written
