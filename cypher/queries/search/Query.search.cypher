// Query.search: ranked matches of names, English names, abbreviations and aliases.
// $text: the text, lower-cased; $whole and $start: what a name equal to it and a name starting with it leave in
// searchText (search.SearchText: the lower-cased names, each between separators, in the text index
// entity_search_text); $lucene: the text as a Lucene query (escaped; phrase and word terms) for the `thai`
// full-text index, which finds a word inside a name; $labels: the labels to search; $first; $candidates.
// Ranking: a name (or alias) equal to the text, then one that starts with it, then one that contains it, then
// full-text matches of its words only. Within a tier, a province or region before an agency, plan or project,
// before a district, council or community, before a tambon (people typing กาญจน want Kanchanaburi before the
// tambon กาญจนา), and the name the text covers most (กาญจนบุรี before กาญจนดิษฐ์).
// The tiers are read in that order, each from an index, and a tier is read only while the tiers before it found
// fewer than $first entities (the UNWIND of a list that is empty otherwise: a WHERE would be planned after the
// index scan) (every hit of a tier ranks above every hit of the next one); each tier reads at most
// $candidates entities, so a text that thousands of names share (ชุมชน) costs the same at any size of graph, and
// ranks the names it read.
CALL () {
  MATCH (node:Entity) WHERE node.searchText CONTAINS $whole AND any(l IN labels(node) WHERE l IN $labels)
  WITH node LIMIT $candidates
  RETURN collect(node) AS equal
}
CALL (equal) {
  UNWIND CASE WHEN size(equal) < $first THEN [$start] ELSE [] END AS part
  MATCH (node:Entity) WHERE node.searchText CONTAINS part AND any(l IN labels(node) WHERE l IN $labels)
  WITH node LIMIT $candidates
  RETURN collect(node) AS starting
}
CALL (equal, starting) {
  UNWIND CASE WHEN size(equal) < $first AND size(starting) < $first THEN [$text] ELSE [] END AS part
  MATCH (node:Entity) WHERE node.searchText CONTAINS part AND any(l IN labels(node) WHERE l IN $labels)
  WITH node LIMIT $candidates
  RETURN collect(node) AS containing
}
CALL (equal, starting, containing) {
  UNWIND CASE WHEN size(equal) < $first AND size(starting) < $first AND size(containing) < $first
         THEN [$lucene] ELSE [] END AS words
  CALL db.index.fulltext.queryNodes('entity_names', words, {limit: $candidates}) YIELD node, score
  WITH node, score WHERE any(l IN labels(node) WHERE l IN $labels)
  RETURN collect({node: node, score: score}) AS words
}
UNWIND [node IN equal + starting + containing | {node: node, score: 0.0}] + words AS hit
WITH hit.node AS node, max(hit.score) AS textScore
WITH node, textScore, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
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
WITH node, label,
     tier + CASE tier WHEN 0 THEN textScore / (textScore + 1.0)
                 ELSE 0.5 * coverage + 0.1 * CASE label WHEN 'Province' THEN 4 WHEN 'Region' THEN 4
                                                        WHEN 'Tambon' THEN 1 WHEN 'District' THEN 2
                                                        WHEN 'Council' THEN 2 WHEN 'Community' THEN 2
                                                        ELSE 3 END END AS score
RETURN node, toUpper(label) AS type, coalesce(node.nameTh, node.title, node.id) AS name, score
ORDER BY score DESC, node.sortKey, node.id
LIMIT $first
