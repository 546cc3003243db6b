// Loader: entities. $nodes: [{id, kind, props}]; kind is checked against the fixed list of node
// kinds before it gets here, and Neo4j 5.26's dynamic labels take it as a parameter.
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
SET n = row.props, n.id = row.id
SET n:$(row.kind)
