// Bulk loader (fresh graph only): one batch of articles. $rows: [{id, props}].
// CREATE, not MERGE: the loader has checked that none of these ids exist yet.
UNWIND $rows AS row
CREATE (a:Article)
SET a = row.props
RETURN count(a) AS written
