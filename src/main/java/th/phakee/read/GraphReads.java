package th.phakee.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLTypeUtil;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.springframework.beans.factory.ObjectProvider;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.UserSelection;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionUtils;

import th.phakee.graph.CypherStatementCounter;
import th.phakee.graph.InvalidRequestException;
import th.phakee.graph.TransactionRetry;
import th.phakee.provenance.SourceTexts;

/**
 * Answers a root field: compiles it with its selection ({@link ReadCompiler}), runs the one statement in a read
 * transaction (a cluster routes it to a reader; Neo4j stops it at the configured timeout), and hands graphql-java
 * the answer already shaped like the response. An id that names nothing gives {@code null} and a NOT_FOUND error
 * that names it.
 */
@Component
public class GraphReads {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GraphReads.class);

    private final ReadCompiler compiler;
    private final Driver driver;
    private final ReadLimits limits;
    private final DatabaseSelectionProvider database;
    private final Neo4jBookmarkManager bookmarks;
    private final ObjectProvider<DatabaseManagementService> embedded;
    private volatile GraphDatabaseService embeddedDatabase;
    private final CypherStatementCounter statements;
    private final SourceTexts texts;
    private volatile boolean completeInOneWalk = true;
    private final ObjectProvider<MeterRegistry> meters;
    private final Map<String, Counter> completionCounters = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Consumer<ReadCompiler.CompiledRead>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    GraphReads(ReadCompiler compiler, Driver driver, ReadLimits limits, DatabaseSelectionProvider database,
            Neo4jBookmarkManager bookmarks, ObjectProvider<DatabaseManagementService> embedded,
            CypherStatementCounter statements, SourceTexts texts, ObjectProvider<MeterRegistry> meters) {
        this.compiler = compiler;
        this.driver = driver;
        this.limits = limits;
        this.database = database;
        this.bookmarks = bookmarks;
        this.embedded = embedded;
        this.statements = statements;
        this.texts = texts;
        this.meters = meters;
    }

    /** The root field's answer, from its arguments alone. */
    public Object fetch(DataFetchingEnvironment env) {
        return fetch(env, Map.of());
    }

    /** The root field's answer; {@code extras} are parameters derived from its arguments. */
    public Object fetch(DataFetchingEnvironment env, Map<String, Object> extras) {
        ReadCompiler.CompiledRead read = compiler.compile(env, extras);
        if (log.isTraceEnabled()) {
            log.trace("{}:\n{}\n{}", env.getField().getName(), read.statement(), read.parameters());
        }
        listeners.forEach(listener -> listener.accept(read));
        Object data = run(read);
        if (read.connection() != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> page = (Map<String, Object>) data;
            return completed(env, ConnectionPage.finish(page, read.connection()), true);
        }
        if (data == null) {
            return notFound(env, null);
        }
        if (data instanceof Map<?, ?> map && map.get(ReadCompiler.NOT_FOUND) instanceof String argument) {
            return notFound(env, argument);
        }
        return completed(env, data, false);
    }

    /**
     * The answer completed in one walk ({@link AnswerShape}) where that gives what graphql-java would; else as it
     * is, for graphql-java to complete. Only queries: a mutation's root field is completed by graphql-java's
     * serial strategy, which knows nothing of {@link CompletedAnswers.Completed}.
     */
    private Object completed(DataFetchingEnvironment env, Object data, boolean connection) {
        if (!completeInOneWalk || env.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY) {
            return data;
        }
        try {
            Object completed = CompletedAnswers.Completed.of(AnswerShape.of(env, texts).complete(data), connection);
            completions("one walk").increment();
            return completed;
        } catch (AnswerShape.NotShapeable needsGraphQlJava) {
            completions("graphql-java").increment();
            return data;
        }
    }

    /**
     * Answers completed each way, as the metric {@code phakee.read.completions}: one completed by graphql-java is
     * one whose data broke a promise of the schema (a null where a value is promised) or asked what the walk does
     * not know.
     */
    private Counter completions(String way) {
        return completionCounters.computeIfAbsent(way, w -> Counter.builder("phakee.read.completions")
                .description("Root query fields answered, by who completed the answer").tag("by", w)
                .register(meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new)));
    }

    /**
     * Whether answers are completed in one walk (the default) or field by field by graphql-java: a test compares
     * the two.
     */
    public void completeInOneWalk(boolean enabled) {
        this.completeInOneWalk = enabled;
    }

    /** Lets a test see the statements compiled (to pin their text). */
    public void listen(Consumer<ReadCompiler.CompiledRead> listener) {
        listeners.add(listener);
    }

    public void stopListening(Consumer<ReadCompiler.CompiledRead> listener) {
        listeners.remove(listener);
    }

    /**
     * Runs the statement: on the embedded database, in-process (no Bolt, no serialisation to and back from the
     * wire: a fifth of a read's work); on a server or cluster, in a managed read transaction of the driver (a
     * cluster sends it to a reader; the shared bookmarks make it see the service's own writes; a transient failure
     * is retried: graph.TransactionRetry). Either way with the read timeout.
     */
    private Object run(ReadCompiler.CompiledRead read) {
        GraphDatabaseService database = embedded();
        if (database != null) {
            statements.record();
            try (Transaction tx = database.beginTx(limits.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                try (var result = tx.execute(read.statement(), read.parameters())) {
                    Object data = checked(result.next().get("data"));
                    tx.commit();
                    return data;
                }
            }
        }
        return overBolt(read);
    }

    /** The embedded database, asked for at the first read (it starts in the background); null if external. */
    private GraphDatabaseService embedded() {
        GraphDatabaseService database = embeddedDatabase;
        if (database == null) {
            DatabaseManagementService dbms = embedded.getIfAvailable();
            if (dbms != null) {
                database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
                embeddedDatabase = database;
            }
        }
        return database;
    }

    private Object overBolt(ReadCompiler.CompiledRead read) {
        TransactionConfig transaction = TransactionConfig.builder().withTimeout(limits.timeout())
                .withMetadata(Map.of("app", "phakee-read")).build();
        return TransactionRetry.run("A read transaction", () -> {
            var used = bookmarks.getBookmarks();
            var config = Neo4jTransactionUtils.sessionConfig(true, used, database.getDatabaseSelection(),
                    UserSelection.connectedUser());
            try (var session = driver.session(config)) {
                Object data = session.executeRead(tx -> convert(tx.run(read.statement(), read.parameters()).single()
                        .get("data"), new int[] { 0 }), transaction);
                bookmarks.updateBookmarks(used, session.lastBookmarks());
                return data;
            }
        });
    }

    /**
     * The embedded database's value as it is (plain Java maps, lists and scalars, copied out of the store), once
     * its values are counted against the answer's bound: walked, not copied (a copy of a province's thousands of
     * maps was a twentieth of its answer's time).
     */
    private Object checked(Object value) {
        int[] count = { 0 };
        countValues(value, count);
        return value;
    }

    private void countValues(Object value, int[] count) {
        if (++count[0] > limits.maxValues()) {
            throw tooLarge();
        }
        if (value instanceof Map<?, ?> map) {
            for (Object item : map.values()) {
                countValues(item, count);
            }
        }
        else if (value instanceof List<?> list) {
            for (Object item : list) {
                countValues(item, count);
            }
        }
    }

    private InvalidRequestException tooLarge() {
        return new InvalidRequestException("The answer would hold more than " + limits.maxValues()
                + " values; ask for fewer fields or smaller pages (first:).");
    }

    /** The driver's value as plain Java maps, lists and scalars, counting them against the answer's bound. */
    private Object convert(Value value, int[] count) {
        if (++count[0] > limits.maxValues()) {
            throw tooLarge();
        }
        return switch (value.type().name()) {
            case "NULL" -> null;
            case "MAP" -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.keys().forEach(key -> map.put(key, convert(value.get(key), count)));
                yield map;
            }
            case "LIST" -> {
                List<Object> list = new ArrayList<>(value.size());
                value.values().forEach(item -> list.add(convert(item, count)));
                yield list;
            }
            default -> value.asObject();
        };
    }

    /**
     * Null, with a NOT_FOUND error naming the id asked for (GitHub's convention): that of {@code argument} where the
     * statement said which id named nothing ({@link ReadCompiler#NOT_FOUND}), else the first id argument given.
     */
    private Object notFound(DataFetchingEnvironment env, String argument) {
        String type = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(env.getFieldType())).getName();
        String named = env.getFieldDefinition().getArguments().stream()
                .filter(a -> GraphQLTypeUtil.unwrapAll(a.getType()).getName().equals("ID"))
                .map(GraphQLArgument::getName).filter(a -> env.getArgument(a) != null)
                .filter(a -> argument == null || a.equals(argument))
                .map(a -> a + " \"" + env.getArgument(a) + "\"").findFirst().orElse(null);
        if (named == null && !(env.getFieldType() instanceof GraphQLNonNull)) {
            return null;
        }
        String message = "No " + type + " with " + (named == null ? "these arguments" : named)
                + "; find ids with search(text:).";
        return DataFetcherResult.newResult().data(null)
                .error(GraphqlErrorBuilder.newError(env).errorType(ErrorType.NOT_FOUND).message(message).build())
                .build();
    }
}
