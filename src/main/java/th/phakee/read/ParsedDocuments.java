package th.phakee.read;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Parses and validates each distinct request document once: dashboards send the same few documents again and
 * again, and parsing and validating one costs more than answering it from the cache.
 */
@Component
class ParsedDocuments implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

    private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
            // weighed by length, so that a few huge documents cannot hold the memory of thousands of small ones
            .maximumWeight(8_000_000).weigher((String query, PreparsedDocumentEntry entry) -> query.length()).build();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(documents.get(input.getQuery(), query -> parseAndValidate.apply(input)));
    }

    @Override
    public void customize(org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }
}
