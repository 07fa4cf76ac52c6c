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
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "phakee.embedded.data-dir=target/neo4j-test/api-${random.uuid}")
@AutoConfigureHttpGraphQlTester
@org.springframework.context.annotation.Import(ApiTestConfiguration.class)
public @interface ApiTest {
}
