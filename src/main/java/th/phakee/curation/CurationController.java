package th.phakee.curation;

import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import th.phakee.access.Access;
import th.phakee.access.Role;
import th.phakee.curation.Inputs.AgencyInput;
import th.phakee.curation.Inputs.BudgetInput;
import th.phakee.curation.Inputs.LinkInput;
import th.phakee.curation.Inputs.PlanInput;
import th.phakee.curation.Inputs.ProjectInput;
import th.phakee.graph.InvalidRequestException;
import th.phakee.importer.GraphEditor;
import th.phakee.read.GraphReads;
import th.phakee.read.ReadLimits;

/**
 * The curation mutations. Each one is a single managed write transaction ({@link GraphEditor#write}): its checks
 * and writes commit together, or nothing is written. The answer is then read back with the request's selection
 * (read.GraphReads), after the commit.
 */
@Controller
class CurationController {

    private static final Set<String> ID = Set.of("id");

    private final GraphEditor editor;
    private final GraphReads reads;
    private final ReadLimits limits;

    CurationController(GraphEditor editor, GraphReads reads, ReadLimits limits) {
        this.editor = editor;
        this.reads = reads;
        this.limits = limits;
    }

    @MutationMapping
    Object createPlan(@Argument PlanInput input, DataFetchingEnvironment env) {
        String user = editor(env);
        editor.write(edit -> edit.writeNode("Plan", input.id(), Inputs.cells(input, ID), true, user));
        return reads.fetch(env);
    }

    @MutationMapping
    Object updatePlan(@Argument String id, @Argument PlanInput input, DataFetchingEnvironment env) {
        String user = editor(env);
        editor.write(edit -> edit.writeNode("Plan", id, Inputs.cells(input, ID), false, user));
        return reads.fetch(env);
    }

    @MutationMapping
    Deletion deletePlan(@Argument String id, DataFetchingEnvironment env) {
        return delete("Plan", id, env);
    }

    @MutationMapping
    Object createProject(@Argument ProjectInput input, DataFetchingEnvironment env) {
        String user = editor(env);
        editor.write(edit -> edit.writeNode("Project", input.id(), Inputs.cells(input, ID), true, user));
        return reads.fetch(env);
    }

    @MutationMapping
    Object updateProject(@Argument String id, @Argument ProjectInput input, DataFetchingEnvironment env) {
        String user = editor(env);
        editor.write(edit -> edit.writeNode("Project", id, Inputs.cells(input, ID), false, user));
        return reads.fetch(env);
    }

    @MutationMapping
    Deletion deleteProject(@Argument String id, DataFetchingEnvironment env) {
        return delete("Project", id, env);
    }

    /** A figure and what it funds (and who pays) are written together: a budget that funds nothing is refused. */
    @MutationMapping
    Object createBudget(@Argument BudgetInput input, DataFetchingEnvironment env) {
        String user = editor(env);
        if (input.funds() == null || input.funds().isBlank()) {
            throw new InvalidRequestException("field funds: missing value; give the id of the plan or project the figure funds.");
        }
        editor.write(edit -> {
            edit.writeNode("Budget", input.id(), Inputs.cells(input, Set.of("id", "funds", "payer")), true, user);
            edit.writeRelationship("FUNDS", input.id(), input.funds(), citations(input.src()));
            if (input.payer() != null) {
                edit.writeRelationship("FROM", input.id(), input.payer(), citations(input.src()));
            }
            return input.id();
        });
        return reads.fetch(env);
    }

    @MutationMapping
    Object updateBudget(@Argument String id, @Argument BudgetInput input, DataFetchingEnvironment env) {
        if (input.funds() != null || input.payer() != null) {
            throw new InvalidRequestException("fields funds and payer are set when a budget is created; change them with link and unlink.");
        }
        String user = editor(env);
        editor.write(edit -> edit.writeNode("Budget", id, Inputs.cells(input, Set.of("id", "funds", "payer")), false, user));
        return reads.fetch(env);
    }

    @MutationMapping
    Deletion deleteBudget(@Argument String id, DataFetchingEnvironment env) {
        return delete("Budget", id, env);
    }

    @MutationMapping
    Object createAgency(@Argument AgencyInput input, DataFetchingEnvironment env) {
        String user = editor(env);
        editor.write(edit -> edit.writeNode("Agency", input.id(), Inputs.cells(input, ID), true, user));
        return reads.fetch(env);
    }

    @MutationMapping
    Object updateAgency(@Argument String id, @Argument AgencyInput input, DataFetchingEnvironment env) {
        String user = editor(env);
        editor.write(edit -> edit.writeNode("Agency", id, Inputs.cells(input, ID), false, user));
        return reads.fetch(env);
    }

    @MutationMapping
    Deletion deleteAgency(@Argument String id, DataFetchingEnvironment env) {
        return delete("Agency", id, env);
    }

    @MutationMapping
    Object link(@Argument LinkInput input, DataFetchingEnvironment env) {
        editor(env);
        editor.write(edit -> edit.writeRelationship(input.type(), input.from(), input.to(),
                Inputs.cells(input, Set.of("type", "from", "to"))));
        return reads.fetch(env);
    }

    @MutationMapping
    Deletion unlink(@Argument String type, @Argument String from, @Argument String to, DataFetchingEnvironment env) {
        editor(env);
        return new Deletion(type + ":" + from + "->" + to, 0, editor.write(edit -> edit.deleteRelationship(type, from, to)));
    }

    private Deletion delete(String label, String id, DataFetchingEnvironment env) {
        editor(env);
        Map<String, Object> removed = editor.write(edit -> edit.deleteNode(label, id));
        return new Deletion(id, ((Number) removed.get("nodes")).intValue(), ((Number) removed.get("relationships")).intValue());
    }

    /**
     * The editor's name, after checking their role and the arguments: a text longer than the API reads back
     * ({@code phakee.read.max-text-length}) is refused before anything is written (it was written, and then the
     * answer, read back with the same arguments, refused it).
     */
    private String editor(DataFetchingEnvironment env) {
        String name = Access.require(env, Role.EDITOR).name();
        checkTexts(env.getArguments());
        return name;
    }

    private void checkTexts(Map<String, Object> arguments) {
        arguments.forEach((field, value) -> {
            if (value instanceof Map<?, ?> input) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = (Map<String, Object>) input;
                checkTexts(fields);
            }
            java.util.List<?> values = value instanceof java.util.List<?> list ? list : java.util.List.of(value == null ? "" : value);
            for (Object item : values) {
                if (item instanceof String text && text.length() > limits.maxTextLength()) {
                    throw new InvalidRequestException("field " + field + ": " + text.length() + " characters; at most "
                            + limits.maxTextLength() + " are accepted.");
                }
            }
        });
    }

    private static Map<String, String> citations(java.util.List<String> src) {
        return src == null ? Map.of() : Map.of("src", String.join("|", src));
    }

    record Deletion(String id, int nodes, int relationships) {
    }
}
