// Bulk loader variant that finds the ends by their `id` (unique index on :Entity) instead of by
// element id; used when the node batches were not loaded in this process. Same contract as
// create-edges.cypher, with from/to holding entity ids.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$($type)]->(b)
SET r = row.props
RETURN count(r) AS written
