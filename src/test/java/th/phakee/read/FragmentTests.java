package th.phakee.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How a fragment file is read: its shape, its columns, and the renaming that lets the compiler nest it. */
class FragmentTests {

    @Test
    void aFileThatIsOneReturnIsAnExpressionOfThis() {
        Fragment fragment = Fragment.parse("GraphNode.kind", """
                // GraphNode.kind: a plan's level, a project's or agency's kind
                RETURN coalesce(this.level, this.kind, this.scheme)""");
        assertThat(fragment.shape()).isEqualTo(Fragment.Shape.EXPRESSION);
        assertThat(fragment.expressionOf("n7")).isEqualTo("coalesce(n7.level, n7.kind, n7.scheme)");
        assertThat(Fragment.parse("PlanOrderField.NAME", "RETURN this.sortKey").propertyOfThis()).isEqualTo("sortKey");
        assertThat(fragment.propertyOfThis()).isNull();
    }

    @Test
    void aQueryEndsInAReturnWhoseColumnsAreTheValuesFields() {
        Fragment fragment = Fragment.parse("Plan.linksTo", """
                MATCH (this)-[l:LINKS_TO]->(plan:Plan)
                RETURN plan, l.role AS role, coalesce(l.stated, true) AS stated
                ORDER BY coalesce(role, 'Z'), plan.sortKey""");
        assertThat(fragment.shape()).isEqualTo(Fragment.Shape.QUERY);
        assertThat(fragment.columns()).containsExactly("plan", "role", "stated");
        // the final RETURN becomes a WITH (its ordering kept), so that the compiler can go on after it
        assertThat(fragment.asClauses()).endsWith("""
                WITH plan, l.role AS role, coalesce(l.stated, true) AS stated
                ORDER BY coalesce(role, 'Z'), plan.sortKey""");
    }

    @Test
    void aReturnInsideASubqueryIsNotTheLastReturn() {
        Fragment fragment = Fragment.parse("Province.linkages", """
                MATCH (cs:Plan)-[:TARGETS]->(this)
                RETURN cs AS communityStrategy, COLLECT { MATCH (p)-[:UNDER]->(cs) RETURN p } AS projects""");
        assertThat(fragment.columns()).containsExactly("communityStrategy", "projects");
    }

    @Test
    void aFilterIsAConditionOrAPattern() {
        assertThat(Fragment.parse("PlanFilter.level", "this.level = $level").shape()).isEqualTo(Fragment.Shape.PREDICATE);
        Fragment pattern = Fragment.parse("PlanFilter.linkedTo", "MATCH (this)-[:LINKS_TO*1..8]->(:Plan {id: $linkedTo})");
        assertThat(pattern.shape()).isEqualTo(Fragment.Shape.PATTERN);
        assertThat(pattern.parameters()).containsExactly("linkedTo");
    }

    @Test
    void renamingTouchesVariablesAndParametersOnlyNotPropertiesLabelsOrText() {
        String text = "MATCH (this:Plan {id: $id}) WHERE this.this = 'this $id' AND this:this RETURN $id + $idx";
        assertThat(CypherText.renameVariable(text, "this", "n1"))
                .isEqualTo("MATCH (n1:Plan {id: $id}) WHERE n1.this = 'this $id' AND n1:this RETURN $id + $idx");
        assertThat(CypherText.renameParameters(text, p -> "p1_" + p))
                .isEqualTo("MATCH (this:Plan {id: $p1_id}) WHERE this.this = 'this $id' AND this:this RETURN $p1_id + $p1_idx");
    }

    @Test
    void shapesTheCompilerCannotNestAreRefusedWithTheFileName() {
        assertThatThrownBy(() -> Fragment.parse("Agency.partners", "MATCH (a) RETURN a UNION MATCH (b) RETURN b AS a"))
                .hasMessageContaining("Agency.partners.cypher").hasMessageContaining("UNION");
        assertThatThrownBy(() -> Fragment.parse("Plan.children", "MATCH (c)-[:PART_OF]->(this) RETURN c.id + 1"))
                .hasMessageContaining("Plan.children.cypher").hasMessageContaining("without a name");
        assertThatThrownBy(() -> Fragment.parse("Plan.parent", "// only a comment"))
                .hasMessageContaining("is empty");
    }
}
