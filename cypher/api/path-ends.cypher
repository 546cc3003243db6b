// Paths: do both ends exist? (So an unknown id is a 404, not an empty answer.)
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists
