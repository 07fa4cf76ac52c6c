package th.phakee.graph;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded database starts unless it is switched off ({@code phakee.embedded.enabled=false}) or an external
 * Neo4j is configured ({@code NEO4J_URI} or {@code spring.neo4j.uri}).
 */
class EmbeddedNeo4jCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        boolean enabled = env.getProperty("phakee.embedded.enabled", Boolean.class, true);
        return enabled && !StringUtils.hasText(env.getProperty("spring.neo4j.uri"));
    }
}
