// Offline import follow-up: a CSV field cannot hold an empty list (the importer leaves the property
// unset), while the app's graph gives every entity an `aliases` list, empty when it has none.
// Runs once on a freshly imported store, before it serves queries.
MATCH (n:Entity)
WHERE n.aliases IS NULL
SET n.aliases = []
RETURN count(n) AS fixed
