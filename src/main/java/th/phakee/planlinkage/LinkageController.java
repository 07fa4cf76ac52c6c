package th.phakee.planlinkage;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class LinkageController {

    private final LinkageQueries queries;

    LinkageController(LinkageQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    Subgraph linkage(@Argument String from, @Argument String direction, @Argument Integer maxDepth,
            @Argument Integer fiscalYear) {
        return queries.linkage(from, direction, maxDepth, fiscalYear);
    }

    @QueryMapping
    List<LinkPath> linkPaths(@Argument String from, @Argument String to, @Argument Integer maxLength,
            @Argument Integer first) {
        return queries.linkPaths(from, to, maxLength, first);
    }

    @QueryMapping
    BudgetRollup budgetRollup(@Argument String plan, @Argument Integer fiscalYear, @Argument String source) {
        return queries.budgetRollup(plan, fiscalYear, source);
    }
}
