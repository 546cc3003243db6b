// The naive way to load, kept as the benchmark's baseline: one relationship per transaction,
// MERGE on its id, ends found by the :Entity id index. $type is one of the fixed edge types.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:$($type) {id: $id}]->(b)
SET r = $props
RETURN count(r) AS written
