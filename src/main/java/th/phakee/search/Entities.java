package th.phakee.search;

import java.util.Map;

import th.phakee.geography.Province;
import th.phakee.geography.Region;
import th.phakee.planlinkage.Plan;
import th.phakee.provenance.Source;

/** Turns a node of any label into the record of its GraphQL type (the {@code Node} interface's implementations). */
final class Entities {

    private Entities() {
    }

    /** The record for this label, or null for a label the API does not expose yet. */
    static Object of(String label, Map<String, Object> props) {
        return switch (label) {
            case "Plan" -> Plan.from(props);
            case "Province" -> Province.from(props);
            case "Region" -> Region.from(props);
            case "Source" -> Source.from(props);
            default -> null;
        };
    }

    static String name(Map<String, Object> props) {
        Object name = props.getOrDefault("nameTh", props.get("title"));
        return name == null ? String.valueOf(props.get("id")) : name.toString();
    }
}
