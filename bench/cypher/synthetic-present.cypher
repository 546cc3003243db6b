// Bulk loader guard: the first node of a synthetic graph already here, if any ($prefix of the
// synthetic ids; STARTS WITH on :Entity(id) is served by the unique index).
MATCH (n:Entity)
WHERE n.id STARTS WITH $prefix
RETURN n.id AS id
LIMIT 1
