package th.phakee.planlinkage;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import th.phakee.agency.Agency;
import th.phakee.graph.Money;

/** Projects, their budgets, and the agency fields that lead to projects and plans. */
@Controller
class ProjectController {

    private final ProjectQueries queries;

    ProjectController(ProjectQueries queries, org.springframework.graphql.execution.BatchLoaderRegistry loaders) {
        this.queries = queries;
        th.phakee.graph.ArgumentBatching.<Plan, List<Project>>register(loaders, "Plan.projects",
                (plans, arguments) -> queries.projectsOf(plans, Boolean.TRUE.equals(arguments.get(0))));
    }

    @SchemaMapping(typeName = "Plan")
    java.util.concurrent.CompletableFuture<List<Project>> projects(Plan plan, @Argument Boolean transitive,
            graphql.schema.DataFetchingEnvironment env) {
        return th.phakee.graph.ArgumentBatching.load(env, "Plan.projects", plan, transitive);
    }

    @QueryMapping
    Project project(@Argument String id) {
        return queries.project(id);
    }

    @QueryMapping
    ProjectConnection projects(@Argument ProjectFilter where, @Argument List<ProjectOrder> orderBy,
            @Argument Integer first, @Argument String after) {
        return queries.projects(where, orderBy, first, after);
    }

    @SchemaMapping(typeName = "ProjectConnection")
    int totalCount(ProjectConnection connection) {
        return queries.countProjects(connection.filter());
    }

    @BatchMapping(typeName = "Project")
    Map<Project, Plan> plan(List<Project> projects) {
        return queries.plans(projects);
    }

    @BatchMapping(typeName = "Project")
    Map<Project, Project> parent(List<Project> projects) {
        return queries.parents(projects);
    }

    @BatchMapping(typeName = "Project")
    Map<Project, List<Project>> activities(List<Project> projects) {
        return queries.activities(projects);
    }

    @BatchMapping(typeName = "Project")
    Map<Project, List<PlanLink>> linksTo(List<Project> projects) {
        return queries.linksTo(projects);
    }

    @BatchMapping(typeName = "Project")
    Map<Project, List<Budget>> budgets(List<Project> projects) {
        return queries.budgets(projects, Project::id);
    }

    @BatchMapping(typeName = "Project")
    Map<Project, Money> totalBudget(List<Project> projects) {
        return queries.totals(projects);
    }

    @BatchMapping(typeName = "Project")
    Map<Project, List<Responsibility>> responsibleAgencies(List<Project> projects) {
        return queries.responsibilities(projects);
    }

    @BatchMapping(typeName = "Project")
    Map<Project, List<Agency>> partners(List<Project> projects) {
        return queries.partners(projects);
    }

    @BatchMapping(typeName = "Project")
    Map<Project, List<Location>> locations(List<Project> projects) {
        return queries.locations(projects);
    }

    @BatchMapping(typeName = "Budget")
    Map<Budget, Agency> payer(List<Budget> budgets) {
        return queries.payers(budgets);
    }

    @BatchMapping(typeName = "Agency", field = "projects")
    Map<Agency, List<Project>> agencyProjects(List<Agency> agencies) {
        return queries.projectsOf(agencies);
    }

    @BatchMapping(typeName = "Agency")
    Map<Agency, List<Plan>> plans(List<Agency> agencies) {
        return queries.plansOf(agencies);
    }

    @BatchMapping(typeName = "Plan", field = "budgets")
    Map<Plan, List<Budget>> planBudgets(List<Plan> plans) {
        return queries.budgets(plans, Plan::id);
    }

    @BatchMapping(typeName = "Plan")
    Map<Plan, Agency> owner(List<Plan> plans) {
        return queries.owners(plans);
    }
}
