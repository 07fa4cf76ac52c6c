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
    private final SourceTexts texts;

    CitationController(SourceQueries queries, SourceTexts texts) {
        this.queries = queries;
        this.texts = texts;
    }

    @org.springframework.graphql.data.method.annotation.SchemaMapping(typeName = "Citation")
    String text(Citation citation) {
        return texts.line(citation.sourceId(), citation.line());
    }

    @BatchMapping(typeName = "Citation")
    Map<Citation, Source> source(List<Citation> citations) {
        Map<String, Source> byId = queries.sources(citations.stream().map(Citation::sourceId).distinct().toList())
                .stream().collect(Collectors.toMap(Source::id, Function.identity()));
        return citations.stream().distinct().collect(Collectors.toMap(Function.identity(), c -> byId.get(c.sourceId())));
    }
}
