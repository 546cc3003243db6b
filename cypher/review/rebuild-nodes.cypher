// After an approval, in its transaction: each node the approved file names takes the properties
// the whole facts folder gives it ($rows: [{id, kind, props}], built from every file in merge
// order), so the node is the one a rebuild from the files makes. A node that also names articles
// loaded from elsewhere (its article list differs) keeps what the load gave it.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE n.articles = row.props.articles
SET n = row.props
RETURN count(n) AS rebuilt
