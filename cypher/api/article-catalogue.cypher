// The articles of $ids (exports cite them): each one's headline and, where its facts file gives it,
// its address. Unknown ids are left out.
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a.id AS id, coalesce(a.title, '') AS title, a.url AS url
ORDER BY id
