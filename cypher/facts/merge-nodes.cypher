// Loader: entities. $nodes: [{id, kind, props}]; kind is checked against the fixed list of node
// kinds before it gets here, and Neo4j 5.26's dynamic labels take it as a parameter.
// A node may already hold what other articles said of it (a later load of one new article):
// properties are merged, and aliases, articles and searchText become sorted unions, so loading a
// file never takes away what another file put there, and loads in any order give the same node.
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
WITH n, row,
     coalesce(n.aliases, []) AS oldAliases,
     coalesce(n.articles, []) AS oldArticles,
     [s IN split(coalesce(n.searchText, ''), ' | ') WHERE s <> ''] AS oldSearch
SET n += row.props
WITH n, row, oldAliases, oldArticles, oldSearch
CALL (row, oldAliases) {
  UNWIND row.props.aliases + oldAliases AS alias
  WITH DISTINCT alias WHERE alias <> row.props.name
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
CALL (row, oldArticles) {
  UNWIND row.props.articles + oldArticles AS article
  WITH DISTINCT article ORDER BY article
  RETURN collect(article) AS articles
}
CALL (row, oldSearch) {
  UNWIND split(row.props.searchText, ' | ') + oldSearch AS form
  WITH DISTINCT form ORDER BY form
  RETURN reduce(acc = '', s IN collect(form) | CASE acc WHEN '' THEN s ELSE acc + ' | ' + s END) AS searchText
}
SET n.aliases = aliases, n.articles = articles, n.searchText = searchText
SET n:$(row.kind)
