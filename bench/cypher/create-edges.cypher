// Bulk loader (fresh graph only): one batch of relationships of ONE type. $type is one of the fixed
// edge types; $rows: [{from, to, props}] where from/to are the element ids the node batches
// returned: a direct seek by element id is cheaper than two unique-index lookups per row.
// The count lets the loader notice a row whose end was missing (MATCH would drop it silently).
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:$($type)]->(b)
SET r = row.props
RETURN count(r) AS written
