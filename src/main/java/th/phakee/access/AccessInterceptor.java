package th.phakee.access;

import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Identifies the caller of each GraphQL request from {@code X-API-Key} (or {@code Authorization: Bearer}) and puts
 * it in the GraphQL context. An unknown key is refused (UNAUTHORIZED); no key is an anonymous reader, unless
 * anonymous reads are switched off.
 */
@Component
class AccessInterceptor implements WebGraphQlInterceptor {

    static final String CALLER = Caller.class.getName();

    private final ApiKeys keys;

    AccessInterceptor(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String secret = secret(request);
        Caller caller;
        if (secret == null) {
            if (!keys.anonymousRead()) {
                return refuse(request, "This service needs an API key: send it in the X-API-Key header.");
            }
            caller = Caller.ANONYMOUS;
        }
        else {
            var known = keys.caller(secret);
            if (known.isEmpty()) {
                return refuse(request, "The API key is not known here; check it, or ask an administrator for one.");
            }
            caller = known.get();
        }
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(CALLER, caller)).build());
        return chain.next(request);
    }

    private static String secret(WebGraphQlRequest request) {
        String key = request.getHeaders().getFirst("X-API-Key");
        if (key != null && !key.isBlank()) {
            return key.strip();
        }
        String authorization = request.getHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return null;
    }

    private static Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, String message) {
        var error = GraphqlErrorBuilder.newError().errorType(ErrorType.UNAUTHORIZED).message(message).build();
        var result = graphql.ExecutionResult.newExecutionResult().errors(List.of(error)).build();
        return Mono.just(new WebGraphQlResponse(new org.springframework.graphql.support.DefaultExecutionGraphQlResponse(
                request.toExecutionInput(), result)));
    }
}
