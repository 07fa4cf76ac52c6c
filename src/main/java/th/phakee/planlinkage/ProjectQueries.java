package th.phakee.planlinkage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.phakee.agency.Agency;
import th.phakee.graph.BatchedQuery;
import th.phakee.graph.CypherQueries;
import th.phakee.graph.GraphValues;
import th.phakee.graph.KeysetPaging;
import th.phakee.graph.Money;

/** Runs the project and budget statements of the Cypher catalog, batched for nested fields. */
@Component
@Transactional(readOnly = true)
class ProjectQueries {

    private static final String DIR = "queries/planlinkage/";

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    ProjectQueries(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    Project project(String id) {
        return neo4j.query(cypher.get(DIR + "Query.project")).bind(id).to("id")
                .fetchAs(Project.class).mappedBy((t, r) -> Project.from(r.get("project").asMap())).one().orElse(null);
    }

    ProjectConnection projects(ProjectFilter where, List<ProjectOrder> orderBy, Integer first, String after) {
        ProjectFilter filter = where == null ? ProjectFilter.NONE : where;
        var slice = KeysetPaging.page(neo4j, cypher.get(DIR + "Query.projects.filter"), cypher.get(DIR + "Query.projects.page"),
                filterParameters(filter), KeysetPaging.Order.of(orderBy, "NAME"), first, after, Project::from, Project::id);
        return new ProjectConnection(slice.edges(), slice.pageInfo(), filter);
    }

    int countProjects(ProjectFilter filter) {
        return KeysetPaging.count(neo4j, cypher.get(DIR + "Query.projects.filter"), cypher.get(DIR + "Query.projects.count"),
                filterParameters(filter));
    }

    private static Map<String, Object> filterParameters(ProjectFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", filter.kind());
        params.put("province", filter.province());
        params.put("agency", filter.agency());
        params.put("underPlan", filter.underPlan());
        params.put("fiscalYear", filter.fiscalYear());
        params.put("minBudget", filter.minBudget());
        params.put("maxBudget", filter.maxBudget());
        params.put("nameContains", filter.nameContains());
        return params;
    }

    Map<Project, Plan> plans(List<Project> projects) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Project.plan"), projects, Project::id,
                row -> row.get("plan") == null ? null : Plan.from(GraphValues.map(row.get("plan"))), null);
    }

    Map<Project, Project> parents(List<Project> projects) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Project.parent"), projects, Project::id,
                row -> row.get("parent") == null ? null : Project.from(GraphValues.map(row.get("parent"))), null);
    }

    Map<Project, List<Project>> activities(List<Project> projects) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Project.activities"), projects, Project::id,
                row -> GraphValues.maps(row.get("activities")).stream().map(Project::from).toList(), List.of());
    }

    Map<Project, List<PlanLink>> linksTo(List<Project> projects) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Project.linksTo"), projects, Project::id,
                row -> GraphValues.maps(row.get("links")).stream().map(PlanLink::from).toList(), List.of());
    }

    /** Budgets of projects or plans (the statement matches any entity by id). */
    <K> Map<K, List<Budget>> budgets(List<K> owners, java.util.function.Function<K, String> idOf) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Project.budgets"), owners, idOf,
                row -> GraphValues.maps(row.get("budgets")).stream().map(Budget::from).toList(), List.of());
    }

    Map<Project, Money> totals(List<Project> projects) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Project.totalBudget"), projects, Project::id,
                row -> new Money(GraphValues.whole(row, "total") == null ? 0 : GraphValues.whole(row, "total")), Money.ZERO);
    }

    Map<Project, List<Responsibility>> responsibilities(List<Project> projects) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Project.responsibleAgencies"), projects, Project::id,
                row -> GraphValues.maps(row.get("agencies")).stream().map(Responsibility::from).toList(), List.of());
    }

    Map<Project, List<Agency>> partners(List<Project> projects) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Project.partners"), projects, Project::id,
                row -> GraphValues.maps(row.get("partners")).stream().map(Agency::from).toList(), List.of());
    }

    Map<Project, List<Location>> locations(List<Project> projects) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Project.locations"), projects, Project::id,
                row -> GraphValues.maps(row.get("locations")).stream().map(Location::from).toList(), List.of());
    }

    Map<Budget, Agency> payers(List<Budget> budgets) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Budget.payer"), budgets, Budget::id,
                row -> row.get("payer") == null ? null : Agency.from(GraphValues.map(row.get("payer"))), null);
    }

    Map<Plan, Agency> owners(List<Plan> plans) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Plan.owner"), plans, Plan::id,
                row -> row.get("owner") == null ? null : Agency.from(GraphValues.map(row.get("owner"))), null);
    }

    Map<Plan, List<Project>> projectsOf(List<Plan> plans, boolean transitive) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Plan.projects"), plans, Plan::id, Map.of("transitive", transitive),
                row -> GraphValues.maps(row.get("projects")).stream().map(Project::from).toList(), List.of());
    }

    Map<Agency, List<Project>> projectsOf(List<Agency> agencies) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Agency.projects"), agencies, Agency::id,
                row -> GraphValues.maps(row.get("projects")).stream().map(Project::from).toList(), List.of());
    }

    Map<Agency, List<Plan>> plansOf(List<Agency> agencies) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Agency.plans"), agencies, Agency::id,
                row -> GraphValues.maps(row.get("plans")).stream().map(Plan::from).toList(), List.of());
    }
}
