package th.phakee.provenance;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class CitationController {

    private final SourceQueries queries;

    CitationController(SourceQueries queries) {
        this.queries = queries;
    }

    @BatchMapping(typeName = "Citation")
    Map<Citation, Source> source(List<Citation> citations) {
        Map<String, Source> byId = queries.sources(citations.stream().map(Citation::sourceId).distinct().toList())
                .stream().collect(Collectors.toMap(Source::id, Function.identity()));
        return citations.stream().distinct().collect(Collectors.toMap(Function.identity(), c -> byId.get(c.sourceId())));
    }
}
