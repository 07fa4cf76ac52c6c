// The names search derives its text from (search.SearchText), with the text as stored, a page at a time in id
// order. $after: the last id of the page before ('' for the first); $size.
MATCH (n:Entity) WHERE n.id > $after
RETURN n.id AS id, n.nameTh AS nameTh, n.nameEn AS nameEn, n.abbr AS abbr, n.title AS title, n.aliases AS aliases,
       n.searchText AS searchText
ORDER BY n.id
LIMIT $size
