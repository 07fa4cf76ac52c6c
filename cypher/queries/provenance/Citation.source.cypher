// Citation.source: the source documents with these ids.
// $ids: list of source ids ("000"…). Returns source (map).
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s {.*} AS source
