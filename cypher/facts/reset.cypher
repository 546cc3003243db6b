// Loader --reset: removes Corridor's data (entities and articles), nothing else.
MATCH (n) WHERE n:Entity OR n:Article
DETACH DELETE n
