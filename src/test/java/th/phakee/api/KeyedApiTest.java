package th.phakee.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The service with API keys of each role and a CORS origin, on a database of its own that tests may change (the
 * curation tests do). Classes with this annotation share one application context.
 * Keys: {@code reader-secret} (READER), {@code editor-secret} (EDITOR), {@code admin-secret} (ADMIN). Metrics are
 * exported as in production (tests switch them off by default), so that /actuator/prometheus can be tested.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "phakee.embedded.data-dir=target/neo4j-test/curation-${random.uuid}",
        // the seeds' largest tree of plans, projects and figures has 390 (CDD's FY2565 budget, 004): a change to it
        // is refused (CurationTests.aChangeThatWouldMoveTooMuchMoneyIsRefusedWholeAndOthersGoOn)
        "phakee.money.max-change-scope=389",
        "phakee.access.keys[0].name=reader", "phakee.access.keys[0].role=READER",
        // sha256("reader-secret")
        "phakee.access.keys[0].sha256=f03319dee240faa729e0cfa7ab5ffd80a1d64a127e3643f239009abff6382914",
        "phakee.access.keys[1].name=editor", "phakee.access.keys[1].role=EDITOR",
        // sha256("editor-secret")
        "phakee.access.keys[1].sha256=2ab2be1f6eca11ec9aeb4cda517586091446724556c17637fadb27d0cee08173",
        "phakee.access.keys[2].name=operator", "phakee.access.keys[2].role=ADMIN",
        // sha256("admin-secret")
        "phakee.access.keys[2].sha256=16175223c8ddce5ace0493c948569c211b03c4c6bb3d3e484434999448cffe01",
        "phakee.cors.allowed-origins=https://dashboard.example.org" })
@AutoConfigureObservability(tracing = false)
public @interface KeyedApiTest {
}
