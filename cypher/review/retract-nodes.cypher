// Retraction, after the edges: the article node goes; each entity that named it either goes
// (no other article names it and no relationship is left), or takes $rebuilt props (what the
// remaining facts files say of it), or else just drops the article from its list.
// $id: the article; $drop: [id]; $rebuilt: [{id, kind, props}]; $trim: [id].
MATCH (a:Article {id: $id})
DETACH DELETE a
WITH count(*) AS _
CALL () {
  UNWIND $drop AS id
  MATCH (n:Entity {id: id})
  DETACH DELETE n
}
CALL () {
  UNWIND $rebuilt AS row
  MATCH (n:Entity {id: row.id})
  SET n = row.props
}
CALL () {
  UNWIND $trim AS id
  MATCH (n:Entity {id: id})
  SET n.articles = [x IN n.articles WHERE x <> $id]
}
RETURN 1 AS done
