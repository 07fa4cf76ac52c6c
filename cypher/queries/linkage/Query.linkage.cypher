// Query.linkage: the subgraph reached from an entity over PART_OF, LINKS_TO, UNDER and FUNDS: its nodes and
// relationships. Any entity's id is accepted: one with no such links (a community, a tambon's council, an
// observation) answers with itself alone.
// $from; $up, $down: the directions to walk (from Direction); $maxDepth (1-8); $fiscalYear or null (keeps nodes
// of that year or of no year, and plans whose period covers it; a path through a node it leaves out, the start
// among them, is left out).
// A breadth-first walk, level by level, from the nodes first reached at the level before (the frontier): each
// node is walked from once per direction, so the walk costs about the nodes and relationships it answers.
// Enumerating the paths, [:…*1..8], cost every path to depth 8 whatever $maxDepth: Cypher takes no parameter as
// a length bound. For the same reason the levels are unrolled to 8, the largest $maxDepth, and each does nothing
// past $maxDepth.
// It answers what the paths did (a path repeats no relationship but may repeat a node): a relationship lies on
// a kept path (at most $maxDepth steps, every node kept) iff its near end is reached through kept nodes within
// $maxDepth - 1 steps and its far end is kept (a shortest walk to the near end repeats no node, so it does not
// hold the relationship, and the two make a kept path); the nodes are the start and the far ends. Kept: any node
// without $fiscalYear; with it, the year filter (coalesce: a node without the property passes that test).
// Up walks outgoing relationships, down incoming ones, each apart (BOTH does not walk down from what it reached
// going up): the frontier and what was reached are [node, up] pairs.
MATCH (start:Entity {id: $from})
WITH start, [up IN [true, false] WHERE CASE WHEN up THEN $up ELSE $down END
                                   AND ($fiscalYear IS NULL OR (coalesce(start.fiscalYear, $fiscalYear) = $fiscalYear
                                        AND coalesce(start.startFY, $fiscalYear) <= $fiscalYear
                                        AND coalesce(start.endFY, $fiscalYear) >= $fiscalYear)) | [start, up]] AS frontier
WITH start, frontier, frontier AS reached, [] AS walked
// level 1; each level's CALL aggregates, so it answers one row: empty lists past $maxDepth or the walk's end
CALL (frontier, reached) {
  UNWIND frontier AS step
  WITH step[0] AS u, step[1] AS up WHERE $maxDepth >= 1
  CALL (u, up) {
    WITH u, up WHERE up MATCH (u)-[r:PART_OF|LINKS_TO|UNDER|FUNDS]->(v) RETURN r, v
    UNION ALL
    WITH u, up WHERE NOT up MATCH (u)<-[r:PART_OF|LINKS_TO|UNDER|FUNDS]-(v) RETURN r, v
  }
  WITH r, v, up WHERE $fiscalYear IS NULL OR (coalesce(v.fiscalYear, $fiscalYear) = $fiscalYear
                      AND coalesce(v.startFY, $fiscalYear) <= $fiscalYear
                      AND coalesce(v.endFY, $fiscalYear) >= $fiscalYear)
  WITH collect(r) AS found, collect(DISTINCT [v, up]) AS ends
  RETURN found, [pair IN ends WHERE NOT pair IN reached] AS next
}
WITH start, next AS frontier, reached + next AS reached, walked + found AS walked
// level 2
CALL (frontier, reached) {
  UNWIND frontier AS step
  WITH step[0] AS u, step[1] AS up WHERE $maxDepth >= 2
  CALL (u, up) {
    WITH u, up WHERE up MATCH (u)-[r:PART_OF|LINKS_TO|UNDER|FUNDS]->(v) RETURN r, v
    UNION ALL
    WITH u, up WHERE NOT up MATCH (u)<-[r:PART_OF|LINKS_TO|UNDER|FUNDS]-(v) RETURN r, v
  }
  WITH r, v, up WHERE $fiscalYear IS NULL OR (coalesce(v.fiscalYear, $fiscalYear) = $fiscalYear
                      AND coalesce(v.startFY, $fiscalYear) <= $fiscalYear
                      AND coalesce(v.endFY, $fiscalYear) >= $fiscalYear)
  WITH collect(r) AS found, collect(DISTINCT [v, up]) AS ends
  RETURN found, [pair IN ends WHERE NOT pair IN reached] AS next
}
WITH start, next AS frontier, reached + next AS reached, walked + found AS walked
// level 3
CALL (frontier, reached) {
  UNWIND frontier AS step
  WITH step[0] AS u, step[1] AS up WHERE $maxDepth >= 3
  CALL (u, up) {
    WITH u, up WHERE up MATCH (u)-[r:PART_OF|LINKS_TO|UNDER|FUNDS]->(v) RETURN r, v
    UNION ALL
    WITH u, up WHERE NOT up MATCH (u)<-[r:PART_OF|LINKS_TO|UNDER|FUNDS]-(v) RETURN r, v
  }
  WITH r, v, up WHERE $fiscalYear IS NULL OR (coalesce(v.fiscalYear, $fiscalYear) = $fiscalYear
                      AND coalesce(v.startFY, $fiscalYear) <= $fiscalYear
                      AND coalesce(v.endFY, $fiscalYear) >= $fiscalYear)
  WITH collect(r) AS found, collect(DISTINCT [v, up]) AS ends
  RETURN found, [pair IN ends WHERE NOT pair IN reached] AS next
}
WITH start, next AS frontier, reached + next AS reached, walked + found AS walked
// level 4
CALL (frontier, reached) {
  UNWIND frontier AS step
  WITH step[0] AS u, step[1] AS up WHERE $maxDepth >= 4
  CALL (u, up) {
    WITH u, up WHERE up MATCH (u)-[r:PART_OF|LINKS_TO|UNDER|FUNDS]->(v) RETURN r, v
    UNION ALL
    WITH u, up WHERE NOT up MATCH (u)<-[r:PART_OF|LINKS_TO|UNDER|FUNDS]-(v) RETURN r, v
  }
  WITH r, v, up WHERE $fiscalYear IS NULL OR (coalesce(v.fiscalYear, $fiscalYear) = $fiscalYear
                      AND coalesce(v.startFY, $fiscalYear) <= $fiscalYear
                      AND coalesce(v.endFY, $fiscalYear) >= $fiscalYear)
  WITH collect(r) AS found, collect(DISTINCT [v, up]) AS ends
  RETURN found, [pair IN ends WHERE NOT pair IN reached] AS next
}
WITH start, next AS frontier, reached + next AS reached, walked + found AS walked
// level 5
CALL (frontier, reached) {
  UNWIND frontier AS step
  WITH step[0] AS u, step[1] AS up WHERE $maxDepth >= 5
  CALL (u, up) {
    WITH u, up WHERE up MATCH (u)-[r:PART_OF|LINKS_TO|UNDER|FUNDS]->(v) RETURN r, v
    UNION ALL
    WITH u, up WHERE NOT up MATCH (u)<-[r:PART_OF|LINKS_TO|UNDER|FUNDS]-(v) RETURN r, v
  }
  WITH r, v, up WHERE $fiscalYear IS NULL OR (coalesce(v.fiscalYear, $fiscalYear) = $fiscalYear
                      AND coalesce(v.startFY, $fiscalYear) <= $fiscalYear
                      AND coalesce(v.endFY, $fiscalYear) >= $fiscalYear)
  WITH collect(r) AS found, collect(DISTINCT [v, up]) AS ends
  RETURN found, [pair IN ends WHERE NOT pair IN reached] AS next
}
WITH start, next AS frontier, reached + next AS reached, walked + found AS walked
// level 6
CALL (frontier, reached) {
  UNWIND frontier AS step
  WITH step[0] AS u, step[1] AS up WHERE $maxDepth >= 6
  CALL (u, up) {
    WITH u, up WHERE up MATCH (u)-[r:PART_OF|LINKS_TO|UNDER|FUNDS]->(v) RETURN r, v
    UNION ALL
    WITH u, up WHERE NOT up MATCH (u)<-[r:PART_OF|LINKS_TO|UNDER|FUNDS]-(v) RETURN r, v
  }
  WITH r, v, up WHERE $fiscalYear IS NULL OR (coalesce(v.fiscalYear, $fiscalYear) = $fiscalYear
                      AND coalesce(v.startFY, $fiscalYear) <= $fiscalYear
                      AND coalesce(v.endFY, $fiscalYear) >= $fiscalYear)
  WITH collect(r) AS found, collect(DISTINCT [v, up]) AS ends
  RETURN found, [pair IN ends WHERE NOT pair IN reached] AS next
}
WITH start, next AS frontier, reached + next AS reached, walked + found AS walked
// level 7
CALL (frontier, reached) {
  UNWIND frontier AS step
  WITH step[0] AS u, step[1] AS up WHERE $maxDepth >= 7
  CALL (u, up) {
    WITH u, up WHERE up MATCH (u)-[r:PART_OF|LINKS_TO|UNDER|FUNDS]->(v) RETURN r, v
    UNION ALL
    WITH u, up WHERE NOT up MATCH (u)<-[r:PART_OF|LINKS_TO|UNDER|FUNDS]-(v) RETURN r, v
  }
  WITH r, v, up WHERE $fiscalYear IS NULL OR (coalesce(v.fiscalYear, $fiscalYear) = $fiscalYear
                      AND coalesce(v.startFY, $fiscalYear) <= $fiscalYear
                      AND coalesce(v.endFY, $fiscalYear) >= $fiscalYear)
  WITH collect(r) AS found, collect(DISTINCT [v, up]) AS ends
  RETURN found, [pair IN ends WHERE NOT pair IN reached] AS next
}
WITH start, next AS frontier, reached + next AS reached, walked + found AS walked
// level 8
CALL (frontier, reached) {
  UNWIND frontier AS step
  WITH step[0] AS u, step[1] AS up WHERE $maxDepth >= 8
  CALL (u, up) {
    WITH u, up WHERE up MATCH (u)-[r:PART_OF|LINKS_TO|UNDER|FUNDS]->(v) RETURN r, v
    UNION ALL
    WITH u, up WHERE NOT up MATCH (u)<-[r:PART_OF|LINKS_TO|UNDER|FUNDS]-(v) RETURN r, v
  }
  WITH r, v, up WHERE $fiscalYear IS NULL OR (coalesce(v.fiscalYear, $fiscalYear) = $fiscalYear
                      AND coalesce(v.startFY, $fiscalYear) <= $fiscalYear
                      AND coalesce(v.endFY, $fiscalYear) >= $fiscalYear)
  WITH collect(r) AS found, collect(DISTINCT [v, up]) AS ends
  RETURN found, [pair IN ends WHERE NOT pair IN reached] AS next
}
WITH start, next AS frontier, reached + next AS reached, walked + found AS walked
RETURN COLLECT { UNWIND [start] + [pair IN reached | pair[0]] AS n RETURN DISTINCT n } AS nodes,
       COLLECT { UNWIND walked AS r RETURN DISTINCT r } AS edges
