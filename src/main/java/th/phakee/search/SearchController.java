package th.phakee.search;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

    private final SearchQueries queries;

    SearchController(SearchQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    Object node(@Argument String id) {
        return queries.node(id);
    }

    @QueryMapping
    List<SearchHit> search(@Argument String text, @Argument List<String> types, @Argument Integer first) {
        return queries.search(text, types, first);
    }
}
