package th.phakee;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * A test that needs databases of its own, fresh and empty (the importer's, the commands', the schema set-up's):
 * it is skipped when {@code NEO4J_URI} points the tests at an external Neo4j, which holds one shared database
 * (see {@code th.phakee.api.ApiTest}); it would otherwise import into, or fail on, that database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DisabledIfEnvironmentVariable(named = "NEO4J_URI", matches = ".+",
        disabledReason = "needs fresh embedded databases; NEO4J_URI points at an external Neo4j with one shared database")
public @interface EmbeddedOnly {
}
