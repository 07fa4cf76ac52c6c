package th.phakee.graph;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Maps the conventional {@code NEO4J_URI}, {@code NEO4J_USERNAME}, {@code NEO4J_PASSWORD} and
 * {@code NEO4J_DATABASE} variables (those of the official Neo4j tools and Aura's credential files) onto Spring's
 * properties, so that pointing the service at an external Neo4j needs no Spring-specific names. Spring properties
 * given explicitly win.
 */
public class ExternalNeo4jEnvironment implements EnvironmentPostProcessor {

    private static final Map<String, String> VARIABLES = Map.of(
            "NEO4J_URI", "spring.neo4j.uri",
            "NEO4J_USERNAME", "spring.neo4j.authentication.username",
            "NEO4J_PASSWORD", "spring.neo4j.authentication.password",
            "NEO4J_DATABASE", "spring.data.neo4j.database");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> mapped = new HashMap<>();
        VARIABLES.forEach((variable, property) -> {
            String value = environment.getProperty(variable);
            if (StringUtils.hasText(value) && !environment.containsProperty(property)) {
                mapped.put(property, value);
            }
        });
        if (!mapped.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("neo4jEnvironmentVariables", mapped));
        }
    }
}
