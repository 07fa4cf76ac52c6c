// Query.discrepancies: every conflict between two statements of a figure, and every stated total that its stated
// parts add up to more than. $source (a document id: some figure of the discrepancy, or the conflict, cites one of
// its lines) and $kind (a DiscrepancyKind) narrow it; each is null when not asked for.
// Arithmetic is exact: a figure's value is its decimal text (valueExact; amountBaht for a budget) as an integer of
// ten-thousandths (the documents print at most four decimals), added and subtracted as such, written back as text.
// Observations: a total is compared with parts that count (none set aside by a CONFLICTS_WITH), of the same kind,
// fiscal year, quarter, running-total flag and place, each citing a document the total cites. Parts that add up to
// more than their total are listed where that proves a contradiction: no figure is negative, or every part is stated
// (four quarters, five regions, every part indicator); a negative figure (a depreciation) may be offset by one
// the document does not print. Four quarters that add up to less than their year are listed too (a year is its
// four quarters); five regions or every part indicator adding up to less are not (a national figure may hold work
// of no region, 001:441-445; an indicator's parts need not be all of it).
CALL () {
  // CONFLICT: CONFLICTS_WITH points from the statement sums do not use to the one they use
  MATCH (other)-[c:CONFLICTS_WITH]->(kept)
  WHERE (kept:Budget AND other:Budget) OR (kept:Observation AND other:Observation)
  RETURN 'CONFLICT' AS kind, kept AS figure, other AS conflicting, [] AS parts, coalesce(c.src, []) AS linkLines
  UNION ALL
  // BUDGET_PARTS: each breakdown of a figure apart (by quarter, by plan type, the rest)
  MATCH (whole:Budget)<-[:PART_OF]-(part:Budget)
  WITH whole, part ORDER BY part.id
  WITH whole, CASE WHEN part.quarter IS NOT NULL THEN 'quarter'
                   WHEN part.category STARTS WITH 'แผนงาน' THEN 'plan type' ELSE 'other' END AS breakdown,
       collect(part) AS parts
  WHERE reduce(total = 0, p IN parts | total + p.amountBaht) > whole.amountBaht
  RETURN 'BUDGET_PARTS' AS kind, whole AS figure, null AS conflicting, parts, [] AS linkLines
  UNION ALL
  // INDICATOR_PARTS: an indicator's figure and the one figure of each of its part indicators for the same period
  MATCH (whole:Indicator)<-[:OF]-(o:Observation)
  WHERE NOT whole.unit IN ['ร้อยละ', '%'] AND EXISTS { (whole)<-[:PART_OF]-(:Indicator) }
    AND NOT EXISTS { (o)-[:CONFLICTS_WITH]->(:Observation) }
  OPTIONAL MATCH (o)-[:FOR]->(place)
  WITH whole, o, place, [line IN o.src | split(line, ':')[0]] AS docs
  MATCH (whole)<-[:PART_OF]-(partIndicator:Indicator)<-[:OF]-(p:Observation)
  WHERE p.kind = o.kind AND p.fiscalYear = o.fiscalYear AND coalesce(p.quarter, 0) = coalesce(o.quarter, 0)
    AND coalesce(p.cumulative, false) = coalesce(o.cumulative, false)
    AND NOT EXISTS { (p)-[:CONFLICTS_WITH]->(:Observation) }
    AND any(line IN p.src WHERE split(line, ':')[0] IN docs)
    AND CASE WHEN place IS NULL THEN NOT EXISTS { (p)-[:FOR]->() } ELSE EXISTS { (p)-[:FOR]->(place) } END
  WITH whole, o, partIndicator, collect(p) AS ofPart
  WITH whole, o, collect(ofPart) AS byPart
  WHERE all(figures IN byPart WHERE size(figures) = 1)
  WITH o, [figures IN byPart | figures[0]] AS parts,
       size(byPart) = COUNT { (whole)<-[:PART_OF]-(:Indicator) } AS complete
  WITH o, parts, complete, [x IN [o] + parts | CASE WHEN x.valueExact STARTS WITH '-' THEN -1 ELSE 1 END
                    * (toInteger(split(replace(x.valueExact, '-', ''), '.')[0]) * 10000
                       + toInteger(left(coalesce(split(x.valueExact, '.')[1], '') + '0000', 4)))] AS scaled
  WHERE reduce(total = 0, v IN tail(scaled) | total + v) > scaled[0] AND (complete OR all(v IN scaled WHERE v >= 0))
  RETURN 'INDICATOR_PARTS' AS kind, o AS figure, null AS conflicting, parts, [] AS linkLines
  UNION ALL
  // QUARTERS: a year's own figure and its quarters' own figures, one per quarter
  MATCH (indicator:Indicator)<-[:OF]-(year:Observation)
  WHERE year.quarter IS NULL AND NOT coalesce(year.cumulative, false) AND NOT indicator.unit IN ['ร้อยละ', '%']
    AND NOT EXISTS { (year)-[:CONFLICTS_WITH]->(:Observation) }
  OPTIONAL MATCH (year)-[:FOR]->(place)
  WITH indicator, year, place, [line IN year.src | split(line, ':')[0]] AS docs
  MATCH (indicator)<-[:OF]-(q:Observation)
  WHERE q.quarter IS NOT NULL AND q.kind = year.kind AND q.fiscalYear = year.fiscalYear
    AND NOT coalesce(q.cumulative, false)
    AND NOT EXISTS { (q)-[:CONFLICTS_WITH]->(:Observation) }
    AND any(line IN q.src WHERE split(line, ':')[0] IN docs)
    AND CASE WHEN place IS NULL THEN NOT EXISTS { (q)-[:FOR]->() } ELSE EXISTS { (q)-[:FOR]->(place) } END
  WITH year, q ORDER BY q.quarter
  WITH year, collect(q) AS parts
  WHERE size(parts) = size(COLLECT { UNWIND parts AS q RETURN DISTINCT q.quarter })
  WITH year, parts, [x IN [year] + parts | CASE WHEN x.valueExact STARTS WITH '-' THEN -1 ELSE 1 END
                    * (toInteger(split(replace(x.valueExact, '-', ''), '.')[0]) * 10000
                       + toInteger(left(coalesce(split(x.valueExact, '.')[1], '') + '0000', 4)))] AS scaled
  WITH year, parts, scaled, reduce(total = 0, v IN tail(scaled) | total + v) AS total
  WHERE (total > scaled[0] AND all(v IN scaled WHERE v >= 0)) OR (size(parts) = 4 AND total <> scaled[0])
  RETURN 'QUARTERS' AS kind, year AS figure, null AS conflicting, parts, [] AS linkLines
  UNION ALL
  // REGIONS: a national figure and the figures for CODI's five regions (two for one region add up)
  MATCH (indicator:Indicator)<-[:OF]-(national:Observation)
  WHERE NOT indicator.unit IN ['ร้อยละ', '%'] AND NOT EXISTS { (national)-[:FOR]->() }
    AND NOT EXISTS { (national)-[:CONFLICTS_WITH]->(:Observation) }
  WITH indicator, national, [line IN national.src | split(line, ':')[0]] AS docs
  MATCH (indicator)<-[:OF]-(r:Observation)-[:FOR]->(region:Region {scheme: 'CODI5'})
  WHERE r.kind = national.kind AND r.fiscalYear = national.fiscalYear
    AND coalesce(r.quarter, 0) = coalesce(national.quarter, 0)
    AND coalesce(r.cumulative, false) = coalesce(national.cumulative, false)
    AND NOT EXISTS { (r)-[:CONFLICTS_WITH]->(:Observation) }
    AND any(line IN r.src WHERE split(line, ':')[0] IN docs)
  WITH national, region, r ORDER BY region.id, r.id
  WITH national, collect(DISTINCT r) AS parts, count(DISTINCT region) = 5 AS complete
  WITH national, parts, complete, [x IN [national] + parts | CASE WHEN x.valueExact STARTS WITH '-' THEN -1 ELSE 1 END
                    * (toInteger(split(replace(x.valueExact, '-', ''), '.')[0]) * 10000
                       + toInteger(left(coalesce(split(x.valueExact, '.')[1], '') + '0000', 4)))] AS scaled
  WHERE reduce(total = 0, v IN tail(scaled) | total + v) > scaled[0] AND (complete OR all(v IN scaled WHERE v >= 0))
  RETURN 'REGIONS' AS kind, national AS figure, null AS conflicting, parts, [] AS linkLines
}
WITH kind, figure, conflicting, parts, linkLines
WHERE $kind IS NULL OR kind = $kind
WITH kind, figure, conflicting, parts, linkLines,
     [figure] + CASE WHEN conflicting IS NULL THEN [] ELSE [conflicting] END + parts AS involved
WITH kind, figure, conflicting, parts, involved,
     reduce(lines = linkLines, n IN involved | lines + coalesce(n.src, [])) AS lines
WHERE $source IS NULL OR any(line IN lines WHERE line STARTS WITH $source + ':')
WITH kind, figure, conflicting, parts, lines,
     [n IN involved | {node: n, id: n.id,
                       label: CASE WHEN n:Budget THEN 'Budget' ELSE 'Observation' END,
                       value: CASE WHEN n:Budget THEN toString(n.amountBaht) ELSE n.valueExact END,
                       unit: CASE WHEN n:Budget THEN 'THB' ELSE n.unit END,
                       fiscalYear: n.fiscalYear, quarter: n.quarter,
                       place: COLLECT { MATCH (n)-[:FOR]->(p) RETURN p
                                         ORDER BY CASE WHEN p:Agency OR p:Council OR p:Community THEN 0 WHEN p:Tambon THEN 1
                                                       WHEN p:District THEN 2 WHEN p:Province THEN 3 ELSE 4 END, p.id }[0],
                       src: n.src,
                       scaled: CASE WHEN n:Budget THEN n.amountBaht * 10000
                                    ELSE CASE WHEN n.valueExact STARTS WITH '-' THEN -1 ELSE 1 END
                                         * (toInteger(split(replace(n.valueExact, '-', ''), '.')[0]) * 10000
                                            + toInteger(left(coalesce(split(n.valueExact, '.')[1], '') + '0000', 4)))
                               END}] AS figures
WITH kind, figure, lines, figures[0] AS stated,
     CASE WHEN conflicting IS NULL THEN null ELSE figures[1] END AS other,
     CASE WHEN conflicting IS NULL THEN tail(figures) ELSE [] END AS partFigures
WITH kind, figure, lines, stated, other, partFigures,
     CASE WHEN other IS NULL THEN reduce(total = 0, p IN partFigures | total + p.scaled) ELSE other.scaled END AS compared
WITH kind, figure, lines, stated, other, partFigures, compared, compared - stated.scaled AS difference
RETURN kind,
       CASE WHEN figure:Observation THEN head([(figure)-[:OF]->(indicator) | indicator])
            ELSE head([(figure)-[:FUNDS]->(funded) | funded]) END AS subject,
       stated AS figure, other AS conflicting, partFigures AS parts,
       CASE WHEN compared < 0 THEN '-' ELSE '' END + toString(abs(compared) / 10000)
         + CASE WHEN abs(compared) % 10000 = 0 THEN ''
                ELSE '.' + trim(TRAILING '0' FROM right('000' + toString(abs(compared) % 10000), 4)) END AS compared,
       CASE WHEN difference < 0 THEN '-' ELSE '' END + toString(abs(difference) / 10000)
         + CASE WHEN abs(difference) % 10000 = 0 THEN ''
                ELSE '.' + trim(TRAILING '0' FROM right('000' + toString(abs(difference) % 10000), 4)) END AS difference,
       stated.unit AS unit,
       COLLECT { UNWIND lines AS line RETURN DISTINCT line
                 ORDER BY split(line, ':')[0], toInteger(split(line, ':')[1]) } AS src
ORDER BY CASE kind WHEN 'CONFLICT' THEN 0 WHEN 'BUDGET_PARTS' THEN 1 WHEN 'INDICATOR_PARTS' THEN 2
                   WHEN 'QUARTERS' THEN 3 ELSE 4 END, figure.id
