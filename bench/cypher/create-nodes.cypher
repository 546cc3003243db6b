// Bulk loader (fresh graph only): one batch of entities of ONE kind. $kind is one of the fixed
// node kinds (checked before it gets here); $rows: [{id, props}], props include id.
// Returns each node's element id so the edge batches can find their ends without an index lookup.
UNWIND $rows AS row
CREATE (n:Entity:$($kind))
SET n = row.props
RETURN row.id AS id, elementId(n) AS ref
