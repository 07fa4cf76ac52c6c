package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import th.phakee.read.GraphReads;
import th.phakee.read.ReadCompiler.CompiledRead;

/**
 * The statement the compiler builds for a request (docs/decisions/004): the root fragment, then each nested
 * field's fragment as a CALL subquery over its parent that aggregates to one row, arguments as renamed
 * parameters, the response's shape in the final projection, and nothing that was not asked for.
 */
@ApiTest
class CompiledReadTests {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    GraphReads reads;

    List<CompiledRead> compiled(String document) {
        List<CompiledRead> seen = new ArrayList<>();
        Consumer<CompiledRead> listener = seen::add;
        reads.listen(listener);
        try {
            graphQl.document(document).execute().path("$").entity(Map.class).get();
        }
        finally {
            reads.stopListening(listener);
        }
        return seen;
    }

    @Test
    void aPlanWithItsChildrenIsOneStatementWithOneSubquery() {
        CompiledRead read = compiled("{ plan(id: \"CODI-AP2567\") { nameTh children { code } } }").get(0);
        assertThat(read.statement()).isEqualTo("""
                MATCH (this:Plan {id: $p1_id})
                WITH this
                WITH this AS n2
                CALL (n2) {
                WITH n2 AS this
                MATCH (child:Plan)-[:PART_OF]->(this)
                WITH child ORDER BY toFloatOrNull(child.code), child.sortKey, child.id
                WITH child AS n4
                RETURN collect({`code`: n4.`code`}) AS v3
                }
                RETURN head(collect({`nameTh`: n2.`nameTh`, `children`: v3})) AS data""");
        assertThat(read.parameters()).isEqualTo(Map.of("p1_id", "CODI-AP2567"));
    }

    @Test
    void aliasesArgumentsAndExpressionsAreCompiledInPlace() {
        CompiledRead read = compiled("""
                { province(id: "TH-63") { name: nameTh
                    y63: budgetTotal(fiscalYear: 2563) { baht } y65: budgetTotal(fiscalYear: 2565) { baht } } }""").get(0);
        // the same field twice, under two aliases, with its argument bound twice
        assertThat(read.statement()).contains("`name`: n2.`nameTh`", "`y63`: v", "`y65`: v")
                .contains("$p4_fiscalYear", "$p7_fiscalYear").doesNotContain("2563");
        assertThat(read.parameters()).containsEntry("p4_fiscalYear", 2563).containsEntry("p7_fiscalYear", 2565);
    }

    @Test
    void aConnectionCountsOnlyWhenAskedAndReadsTheSortKeyIndexInOrder() {
        CompiledRead page = compiled("{ plans(first: 3) { edges { node { id } } } }").get(0);
        assertThat(page.statement()).doesNotContain("count(")
                .contains("WHERE (this.sortKey IS NOT NULL)", "ORDER BY this.sortKey ASC, this.id ASC LIMIT $");
        // a filter walks from its own anchor and reaches a node once for each way: the key is read after DISTINCT
        CompiledRead filtered = compiled("{ projects(where: {province: \"TH-63\"}, first: 3) { edges { node { id } } } }").get(0);
        assertThat(filtered.statement()).containsSubsequence("WITH DISTINCT this", "WITH this WHERE (this.sortKey IS NOT NULL)",
                "ORDER BY this.sortKey ASC, this.id ASC LIMIT $").doesNotContain("WHERE (this.sortKey IS NOT NULL)\nMATCH");
        CompiledRead counted = compiled("{ plans(first: 3) { totalCount } }").get(0);
        assertThat(counted.statement()).contains("count(DISTINCT this) AS total").doesNotContain("LIMIT");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConnectionAskedForItsEdgesTwiceAnswersEachAliasWithItsOwnSelection() {
        List<Map<String, Object>> expected = graphQl.document("{ plans(first: 3) { edges { node { id nameTh } } } }")
                .execute().path("plans.edges[*].node").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).toList();
        var twice = graphQl.document("""
                { plans(first: 3) { edges { node { id } } named: edges { cursor node { nameTh } } } }""").execute();
        twice.errors().verify();
        assertThat(twice.path("plans.edges[*].node.id").entityList(String.class).get())
                .isEqualTo(expected.stream().map(m -> m.get("id")).toList());
        assertThat(twice.path("plans.named[*].node.nameTh").entityList(String.class).get())
                .isEqualTo(expected.stream().map(m -> m.get("nameTh")).toList());
        assertThat(twice.path("plans.named[*].cursor").entityList(String.class).get()).hasSize(3).doesNotContainNull();
        // one statement still: the page is fetched once, each alias's node fields under keys of their own
        assertThat(compiled("{ plans(first: 3) { edges { node { id } } named: edges { node { nameTh } } } }")).hasSize(1);
    }

    @Test
    void aFilterThatWalksTheGraphIsAMatchTheAnchorCanStartFrom() {
        CompiledRead read = compiled("""
                { projects(where: {province: "TH-71", kind: PROJECT}, first: 5) { edges { node { id } } } }""").get(0);
        assertThat(read.statement()).contains("MATCH (this:Project)\nWHERE (this.kind = $p")
                .contains("MATCH (this)-[:LOCATED_IN|TARGETS]->()-[:PART_OF*0..2]->(:Province {id: $p")
                .contains("WITH DISTINCT this");
    }
}
