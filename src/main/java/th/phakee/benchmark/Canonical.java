package th.phakee.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The canonical requests users make (issue 10): each as Phakee's GraphQL, as @neo4j/graphql's where that library
 * can express it, and as one hand-written Cypher statement (the floor), with what makes two answers the same
 * (the items and figures a user reads, in the order they are shown). The floor answers what the GraphQL document
 * asks, in the order the API promises (plans by code, projects and agencies in Thai order, figures by year): a
 * floor that returned fewer fields, or left lists unordered, would measure a different question.
 */
record Canonical(String name, String phakee, String peer, String floor, Map<String, Object> variables,
        Function<Object, Object> phakeeAnswer, Function<Object, Object> peerAnswer, Function<Object, Object> floorAnswer) {

    /** The ids the requests are about, picked from the graph at hand (the seeds or a generated one). */
    record Ids(String plan, String masterPlan, String province, String agency, int fiscalYear, String pathFrom, String pathTo,
            String searchText) {
    }

    static List<Canonical> all(Ids ids) {
        List<Canonical> requests = new ArrayList<>();
        requests.add(new Canonical("lookup of a plan by id",
                "query($id: ID!) { plan(id: $id) { id nameTh level } }",
                "query($id: ID!) { plans(where: {id: {eq: $id}}) { id nameTh level } }",
                "MATCH (p:Plan {id: $id}) RETURN p {.id, .nameTh, .level} AS data",
                Map.of("id", ids.masterPlan()),
                data -> at(data, "plan"), data -> first(at(data, "plans")), data -> data));
        requests.add(new Canonical("plan subtree: issues, programmes, their projects and figures",
                """
                query($id: ID!) { plan(id: $id) { id children { id children { id
                  projects { id budgets { amount { baht } } } } } } }""",
                """
                query($id: ID!) { plans(where: {id: {eq: $id}}) { id children { id children { id
                  projects { id budgets { amountBaht } } contributingProjects { id budgets { amountBaht } } } } } }""",
                """
                MATCH (p:Plan {id: $id})
                RETURN p {.id, children: COLLECT { MATCH (c:Plan)-[:PART_OF]->(p)
                  WITH c ORDER BY toFloatOrNull(c.code), c.sortKey, c.id RETURN c {.id,
                  children: COLLECT { MATCH (g:Plan)-[:PART_OF]->(c)
                    WITH g ORDER BY toFloatOrNull(g.code), g.sortKey, g.id RETURN g {.id,
                    projects: COLLECT { MATCH (x:Project)-[:UNDER|LINKS_TO]->(g) WITH DISTINCT x ORDER BY x.sortKey, x.id
                                        RETURN x {.id, budgets: COLLECT { MATCH (b:Budget)-[:FUNDS]->(x)
                                          WITH b ORDER BY b.fiscalYear, b.source, b.id RETURN {amount: b.amountBaht} }} } } } } } } AS data""",
                Map.of("id", ids.plan()),
                data -> subtree(at(data, "plan"), "projects", null, "amount.baht"),
                data -> subtree(first(at(data, "plans")), "projects", "contributingProjects", "amountBaht"),
                data -> subtree(data, "projects", null, "amount")));
        requests.add(new Canonical("a page of a province's projects with figures and agencies",
                """
                query($id: ID!) { projects(where: {province: $id}, first: 20) { edges { node { id nameTh
                  budgets { amount { baht } } responsibleAgencies { agency { id } } } } } }""",
                """
                query($id: ID!) { projects(where: {OR: [{provinces: {some: {id: {eq: $id}}}},
                  {targetProvinces: {some: {id: {eq: $id}}}}, {districts: {some: {province: {some: {id: {eq: $id}}}}}},
                  {tambons: {some: {district: {some: {province: {some: {id: {eq: $id}}}}}}}}]},
                  sort: [{sortKey: ASC}, {id: ASC}], limit: 20) { id nameTh budgets { amountBaht } responsible { id } } }""",
                """
                MATCH (x:Project)-[:LOCATED_IN|TARGETS]->()-[:PART_OF*0..2]->(:Province {id: $id})
                WITH DISTINCT x ORDER BY x.sortKey, x.id LIMIT 20
                RETURN collect(x {.id, .nameTh,
                  budgets: COLLECT { MATCH (b:Budget)-[:FUNDS]->(x) WITH b ORDER BY b.fiscalYear, b.source, b.id
                                     RETURN {amount: b.amountBaht} },
                  responsibleAgencies: COLLECT { MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(x) WITH a ORDER BY a.sortKey, a.id
                                                 RETURN {agency: a {.id}} }}) AS data""",
                Map.of("id", ids.province()),
                data -> projects(items(at(data, "projects.edges"), "node"), "budgets", "amount.baht", "responsibleAgencies", "agency.id"),
                data -> projects(list(data, "projects"), "budgets", "amountBaht", "responsible", "id"),
                data -> projects(list(data, null), "budgets", "amount", "responsibleAgencies", "agency.id")));
        requests.add(new Canonical("a province with its projects, their figures and agencies, and its agencies",
                """
                query($id: ID!) { province(id: $id) { id nameTh projects { id nameTh budgets { amount { baht } }
                  responsibleAgencies { agency { id nameTh } } } agencies { id nameTh } } }""",
                """
                query($id: ID!) { provinces(where: {id: {eq: $id}}) { id nameTh projects { id nameTh
                  budgets { amountBaht } responsible { id nameTh } } agencies { id nameTh } } }""",
                """
                MATCH (p:Province {id: $id})
                RETURN p {.id, .nameTh,
                  projects: COLLECT { MATCH (x:Project)-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(p)
                    WITH DISTINCT x ORDER BY x.sortKey, x.id
                    RETURN x {.id, .nameTh,
                      budgets: COLLECT { MATCH (b:Budget)-[:FUNDS]->(x) WITH b ORDER BY b.fiscalYear, b.source, b.id
                                         RETURN {amount: b.amountBaht} },
                      responsibleAgencies: COLLECT { MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(x) WITH a ORDER BY a.sortKey, a.id
                                                     RETURN {agency: a {.id, .nameTh}} } } },
                  agencies: COLLECT { MATCH (a:Agency)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(p) WITH DISTINCT a
                    ORDER BY a.sortKey, a.id RETURN a {.id, .nameTh} } } AS data""",
                Map.of("id", ids.province()),
                data -> province(at(data, "province"), "budgets", "amount.baht", "responsibleAgencies", "agency.id"),
                data -> province(first(at(data, "provinces")), "budgets", "amountBaht", "responsible", "id"),
                data -> province(data, "budgets", "amount", "responsibleAgencies", "agency.id")));
        requests.add(new Canonical("an agency's collaborators and the money they share", """
                query($id: ID!) { agency(id: $id) { collaborators(first: 10) { agency { id } count budget { baht } } } }""",
                null,
                """
                MATCH (a:Agency {id: $id})
                CALL (a) {
                  MATCH (a)-[:RESPONSIBLE_FOR|OWNS]->(thing)<-[:RESPONSIBLE_FOR|OWNS]-(other:Agency) RETURN other, thing
                  UNION
                  MATCH (a)<-[:FROM]-(:Budget)-[:FUNDS]->(thing)<-[:FUNDS]-(:Budget)-[:FROM]->(other:Agency) RETURN other, thing
                  UNION
                  MATCH (a)-[:RESPONSIBLE_FOR|OWNS]->(thing)<-[:FUNDS]-(:Budget)-[:FROM]->(other:Agency) RETURN other, thing
                  UNION
                  MATCH (a)<-[:FROM]-(:Budget)-[:FUNDS]->(thing)<-[:RESPONSIBLE_FOR|OWNS]-(other:Agency) RETURN other, thing
                  UNION
                  MATCH (x)-[l1:LINKS_TO]->(thing)<-[l2:LINKS_TO]-(y)
                  WHERE l1.via = a.id AND l2.via IS NOT NULL AND l2.via <> a.id
                  MATCH (other:Agency {id: l2.via}) RETURN other, thing
                  UNION
                  MATCH (a)-[:LOCATED_IN]->(thing)<-[:LOCATED_IN]-(other:Agency) RETURN other, thing
                }
                WITH a, other, collect(DISTINCT thing) AS things WHERE other <> a
                WITH other, things, [s IN things | s.id] AS ids
                WITH other, size(things) AS count,
                     reduce(t = 0, b IN COLLECT { UNWIND things AS x MATCH (b:Budget)-[:FUNDS]->(x)
                       WHERE b.restates IS NULL AND none(h IN b.heldBy WHERE h IN ids) RETURN DISTINCT b }
                       | t + b.amountBaht) AS budget
                ORDER BY budget DESC, other.sortKey, other.id LIMIT 10
                RETURN collect({agency: other.id, count: count, budget: budget}) AS data""",
                Map.of("id", ids.agency()),
                data -> rows(list(data, "agency.collaborators"), "agency.id", "count", "budget.baht"),
                null,
                data -> rows(list(data, null), "agency", "count", "budget")));
        requests.add(new Canonical("Thai search", """
                query($text: String!) { search(text: $text, first: 10) { type node { id } } }""",
                null,
                """
                CALL () {
                  MATCH (node:Entity) WHERE node.searchText CONTAINS $whole AND any(l IN labels(node) WHERE l IN $labels)
                  WITH node LIMIT $candidates RETURN collect(node) AS equal
                }
                CALL (equal) {
                  UNWIND CASE WHEN size(equal) < $first THEN [$start] ELSE [] END AS part
                  MATCH (node:Entity) WHERE node.searchText CONTAINS part AND any(l IN labels(node) WHERE l IN $labels)
                  WITH node LIMIT $candidates RETURN collect(node) AS starting
                }
                CALL (equal, starting) {
                  UNWIND CASE WHEN size(equal) < $first AND size(starting) < $first THEN [$text] ELSE [] END AS part
                  MATCH (node:Entity) WHERE node.searchText CONTAINS part AND any(l IN labels(node) WHERE l IN $labels)
                  WITH node LIMIT $candidates RETURN collect(node) AS containing
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
                     CASE WHEN $text IN containing THEN 3 WHEN any(n IN containing WHERE n STARTS WITH $text) THEN 2
                          WHEN size(containing) > 0 THEN 1 ELSE 0 END AS tier,
                     reduce(best = 0.0, n IN containing | CASE WHEN toFloat(size($text)) / size(n) > best
                                                          THEN toFloat(size($text)) / size(n) ELSE best END) AS coverage
                WITH node,
                     tier + CASE tier WHEN 0 THEN textScore / (textScore + 1.0)
                            ELSE 0.5 * coverage + 0.1 * CASE label WHEN 'Province' THEN 4 WHEN 'Region' THEN 4
                                WHEN 'Tambon' THEN 1 WHEN 'District' THEN 2 WHEN 'Council' THEN 2 WHEN 'Community' THEN 2
                                ELSE 3 END END AS score
                ORDER BY score DESC, node.sortKey, node.id LIMIT $first
                RETURN collect(node.id) AS data""",
                Map.of("text", ids.searchText(), "first", 10),
                data -> items(at(data, "search"), "node.id"), null, data -> data));
        requests.add(new Canonical("dashboard summary of a fiscal year", """
                query($year: Int!) { summary(fiscalYear: $year) { budgetByProvince { key total { baht } }
                  budgetByYear { key total { baht } } planLevels { key count } } }""",
                null,
                """
                RETURN {
                  provinces: COLLECT { MATCH (f:Budget) WHERE f.countedFor IS NOT NULL AND f.fiscalYear = $year
                    WITH f.countedFor AS key, sum(f.amountBaht) AS total RETURN key + '=' + total ORDER BY total DESC, key },
                  years: COLLECT { MATCH (f:Budget) WHERE f.counted AND f.level = 'AGENCY' AND f.fiscalYear = $year
                    WITH f.fiscalYear AS year, sum(f.amountBaht) AS total RETURN year + '=' + total },
                  levels: COLLECT { MATCH (p:Plan) WITH p.level AS key, count(*) AS n RETURN key + '=' + n ORDER BY key }
                } AS data""",
                Map.of("year", ids.fiscalYear()),
                data -> List.of(pairs(list(data, "summary.budgetByProvince"), "key", "total.baht"),
                        pairs(list(data, "summary.budgetByYear"), "key", "total.baht"),
                        pairs(list(data, "summary.planLevels"), "key", "count")),
                null,
                data -> List.of(at(data, "provinces"), at(data, "years"), at(data, "levels"))));
        requests.add(new Canonical("linkage around a plan, 3 steps each way", """
                query($id: ID!) { linkage(from: $id, maxDepth: 3) { nodes { id } edges { from to type } } }""",
                null,
                """
                MATCH (start:Entity {id: $id})
                CALL (start) {
                  MATCH path = (start)-[:PART_OF|LINKS_TO|UNDER|FUNDS*1..3]->() RETURN path
                  UNION
                  MATCH path = (start)<-[:PART_OF|LINKS_TO|UNDER|FUNDS*1..3]-() RETURN path
                }
                WITH start, collect(path) AS paths
                RETURN {nodes: COLLECT { UNWIND [start] + reduce(ns = [], p IN paths | ns + nodes(p)) AS n RETURN DISTINCT n.id },
                        edges: COLLECT { UNWIND reduce(rs = [], p IN paths | rs + relationships(p)) AS r WITH DISTINCT r
                                         RETURN startNode(r).id + '-' + type(r) + '->' + endNode(r).id }} AS data""",
                Map.of("id", ids.plan()),
                data -> List.of(new TreeSet<>(strings(items(list(data, "linkage.nodes"), "id")))
                        , new TreeSet<>(list(data, "linkage.edges").stream()
                                .map(e -> e.get("from") + "-" + e.get("type") + "->" + e.get("to")).toList())),
                null,
                data -> List.of(new TreeSet<>(strings(at(data, "nodes"))), new TreeSet<>(strings(at(data, "edges"))))));
        requests.add(new Canonical("paths between two entities", """
                query($from: ID!, $to: ID!) { linkPaths(from: $from, to: $to, maxLength: 6, first: 5) { length nodes { id } } }""",
                null,
                """
                MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                OPTIONAL MATCH path = allShortestPaths((a)-[:PART_OF|LINKS_TO|UNDER|FUNDS*..10]-(b))
                WITH a, b, [p IN collect(path) WHERE length(p) <= 6] AS linkage
                OPTIONAL MATCH other = shortestPath((a)-[*..10]-(b)) WHERE linkage = []
                WITH linkage, collect(other) AS others
                WITH linkage + [p IN others WHERE length(p) <= 6] AS paths
                UNWIND paths AS path
                WITH path ORDER BY [n IN nodes(path) | n.id] LIMIT 5
                RETURN collect([n IN nodes(path) | n.id]) AS data""",
                Map.of("from", ids.pathFrom(), "to", ids.pathTo()),
                data -> list(data, "linkPaths").stream().map(p -> items(p.get("nodes"), "id")).toList(),
                null, data -> data));
        return requests;
    }

    // --- answers reduced to what a user reads -------------------------------------------------------------

    /** The value at a dotted path of maps. */
    static Object at(Object value, String path) {
        Object current = value;
        for (String key : path.split("\\.")) {
            current = current instanceof Map<?, ?> map ? map.get(key) : null;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value, String path) {
        Object found = path == null ? value : at(value, path);
        return found == null ? List.of() : (List<Map<String, Object>>) found;
    }

    static Object first(Object list) {
        return list instanceof List<?> l && !l.isEmpty() ? l.get(0) : null;
    }

    /** The value at {@code path} of each item ({@code path} null: the items themselves). */
    static List<Object> items(Object list, String path) {
        List<Object> values = new ArrayList<>();
        if (list instanceof List<?> l) {
            l.forEach(item -> values.add(path == null ? item : at(item, path)));
        }
        return values;
    }

    static List<String> strings(Object list) {
        return list instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static long sum(Object list, String path) {
        return items(list, path).stream().mapToLong(v -> Long.parseLong(String.valueOf(v))).sum();   // BigInt comes as text
    }

    /** Each grandchild of the plan with its projects' ids and money, in the order shown. */
    private static Object subtree(Object plan, String projects, String moreProjects, String amount) {
        List<String> lines = new ArrayList<>();
        for (Object child : items(at(plan, "children"), null)) {
            for (Object grandchild : items(at(child, "children"), null)) {
                TreeSet<String> found = new TreeSet<>();
                for (String field : moreProjects == null ? List.of(projects) : List.of(projects, moreProjects)) {
                    for (Object project : items(at(grandchild, field), null)) {
                        found.add(at(project, "id") + "=" + sum(at(project, "budgets"), amount));
                    }
                }
                lines.add(at(child, "id") + "/" + at(grandchild, "id") + ":" + found);
            }
        }
        lines.sort(null);
        return lines;
    }

    /** Each project in order: its id, its figures' sum and its agencies. */
    private static Object projects(List<?> projects, String budgets, String amount, String agencies, String agency) {
        return projects.stream().map(p -> at(p, "id") + "=" + sum(at(p, budgets), amount) + " "
                + new TreeSet<>(strings(items(at(p, agencies), agency)))).toList();
    }

    /** The province's projects (as above, in Thai order) and its agencies. */
    private static Object province(Object province, String budgets, String amount, String agencies, String agency) {
        return List.of(at(province, "id"), projects(list(province, "projects"), budgets, amount, agencies, agency),
                new TreeSet<>(strings(items(at(province, "agencies"), agency == null ? null : "id"))));
    }

    private static Object rows(List<Map<String, Object>> rows, String... paths) {
        return rows.stream().map(row -> {
            StringBuilder line = new StringBuilder();
            for (String path : paths) {
                line.append(at(row, path)).append(' ');
            }
            return line.toString().strip();
        }).toList();
    }

    private static Object pairs(List<Map<String, Object>> rows, String key, String value) {
        return rows.stream().map(row -> at(row, key) + "=" + at(row, value)).toList();
    }
}
