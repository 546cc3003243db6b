// Loader: which of $ids are already nodes of the graph.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN collect(n.id) AS ids
