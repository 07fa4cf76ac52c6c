// Query.search: ranked matches of names, English names, abbreviations and aliases.
// $lucene: the text as a Lucene query (escaped; phrase and word terms) for the `thai` full-text index;
// $text: the raw text, lower-cased, for matches the word index cannot make (a prefix or part of a Thai word), read
// from the text index of searchText (the lower-cased names);
// $labels: the labels to search (the API's entity types, or those asked for); $first.
// Ranking: a name (or alias) equal to the text, then one that starts with it, then one that contains it, then
// full-text matches of its words only. Within a tier, a province or region before an agency, plan or project,
// before a district, council or community, before a tambon (people typing กาญจน want Kanchanaburi before the
// tambon กาญจนา), and the name the text covers most (กาญจนบุรี before กาญจนดิษฐ์), then the full-text score. The
// Thai word splitter can cut a short query into fragments that match unrelated words; those hits stay, but below
// every name that contains the whole text.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
  RETURN node, score
  UNION ALL
  MATCH (node:Entity)
  WHERE node.searchText CONTAINS $text
  RETURN node, 0.0 AS score
}
WITH node, sum(score) AS textScore
WITH node, textScore, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE label IN $labels
WITH node, textScore, label,
     [name IN [node.nameTh, node.nameEn, node.abbr, node.title] + coalesce(node.aliases, [])
      WHERE name IS NOT NULL AND toLower(name) CONTAINS $text | toLower(name)] AS containing
WITH node, textScore, label,
     CASE WHEN $text IN containing THEN 3
          WHEN any(name IN containing WHERE name STARTS WITH $text) THEN 2
          WHEN size(containing) > 0 THEN 1
          ELSE 0 END AS tier,
     reduce(best = 0.0, name IN containing | CASE WHEN toFloat(size($text)) / size(name) > best
                                                  THEN toFloat(size($text)) / size(name) ELSE best END) AS coverage
WITH node, label, textScore,
     tier + CASE tier WHEN 0 THEN textScore / (textScore + 1.0)
                 ELSE 0.5 * coverage + 0.1 * CASE label WHEN 'Province' THEN 4 WHEN 'Region' THEN 4
                                                        WHEN 'Tambon' THEN 1 WHEN 'District' THEN 2
                                                        WHEN 'Council' THEN 2 WHEN 'Community' THEN 2
                                                        ELSE 3 END END AS score
RETURN node, toUpper(label) AS type, coalesce(node.nameTh, node.title, node.id) AS name, score
ORDER BY score DESC, textScore DESC, node.sortKey, node.id
LIMIT $first
