// Benchmark: length of the shortest undirected path between two entities (null if none within 8),
// to pick two localities that are far apart in the graph.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL MATCH p = shortestPath((a)-[*1..8]-(b))
RETURN length(p) AS hops
