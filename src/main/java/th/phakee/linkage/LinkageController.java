package th.phakee.linkage;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import th.phakee.graph.InvalidRequestException;
import th.phakee.read.GraphReads;

/** The walks whose bounds are checked here: the Cypher's variable-length patterns stop at their fixed maxima. */
@Controller
class LinkageController {

    private final GraphReads reads;

    LinkageController(GraphReads reads) {
        this.reads = reads;
    }

    @QueryMapping
    Object linkage(@Argument Direction direction, @Argument Integer maxDepth, DataFetchingEnvironment env) {
        bounded("maxDepth", maxDepth, 8);
        if (direction == null) {
            throw new InvalidRequestException("Argument 'direction' is null; give UP, DOWN or BOTH, or leave it out (BOTH).");
        }
        return reads.fetch(env, Map.of("up", direction.up(), "down", direction.down()));
    }

    @QueryMapping
    Object linkPaths(@Argument Integer maxLength, DataFetchingEnvironment env) {
        bounded("maxLength", maxLength, 10);
        return reads.fetch(env);
    }

    /** An argument with a default may still be given as an explicit null, which is refused like a number out of range. */
    private static void bounded(String argument, Integer value, int max) {
        if (value == null) {
            throw new InvalidRequestException("Argument '" + argument + "' is null; give a number between 1 and " + max
                    + ", or leave it out.");
        }
        if (value < 1 || value > max) {
            throw new InvalidRequestException("Argument '" + argument + "' must be between 1 and " + max + ", not " + value + ".");
        }
    }
}
