package th.phakee.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A read-only test of the API over HTTP on the packaged dataset, as the service loads it on first start. Every
 * class with this annotation shares one application context (Spring caches it by configuration), so the dataset
 * is loaded once for all of them; tests that change data undo their change, or use a context of their own.
 * <p>
 * By default the context starts an embedded database of its own. With {@code NEO4J_URI} (and
 * {@code NEO4J_USERNAME}, {@code NEO4J_PASSWORD}) set, every API test runs against that external Neo4j instead,
 * as {@code .ci/run} does with a Community server: then all contexts share its one database, which must be empty
 * at first; the first context to start loads the packaged dataset into it (the service's own start-up loader),
 * the others find it loaded. Tests that write undo their writes and check it ({@link GraphFingerprint}), so each
 * test sees the dataset whatever ran before it. Tests that need a fresh database of their own (the importer's, the
 * commands') are {@code @EmbeddedOnly} and skipped in that mode.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "phakee.embedded.data-dir=target/neo4j-test/api-${random.uuid}")
@AutoConfigureHttpGraphQlTester
@org.springframework.context.annotation.Import(ApiTestConfiguration.class)
public @interface ApiTest {
}
