// Query.search: ranked matches of names, English names, abbreviations and aliases.
// $lucene: the text as a Lucene query (escaped; phrase and word terms) for the `thai` full-text index;
// $text: the raw text, for substring matches the word index cannot make (part of a Thai word);
// $labels: labels to keep, or null; $first. Returns label, props, score.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
  RETURN node, score
  UNION ALL
  MATCH (node:Entity)
  WHERE any(name IN [node.nameTh, node.nameEn, node.abbr, node.aliasText, node.title]
            WHERE name IS NOT NULL AND toLower(name) CONTAINS toLower($text))
  RETURN node, 0.5 AS score
}
WITH node, sum(score) AS score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE $labels IS NULL OR label IN $labels
RETURN label, node {.*} AS props, score
ORDER BY score DESC, node.sortKey, node.id
LIMIT $first
