package th.phakee.search;

import java.util.Map;

import th.phakee.agency.Agency;
import th.phakee.community.Community;
import th.phakee.community.Council;
import th.phakee.geography.District;
import th.phakee.geography.Province;
import th.phakee.geography.Tambon;
import th.phakee.geography.Region;
import th.phakee.planlinkage.Budget;
import th.phakee.planlinkage.Plan;
import th.phakee.planlinkage.Project;
import th.phakee.provenance.Source;
import th.phakee.results.Indicator;
import th.phakee.results.Observation;

/** Turns a node of any label into the record of its GraphQL type (the {@code Node} interface's implementations). */
final class Entities {

    private Entities() {
    }

    /** The record for this label, or null for a label the API does not expose yet. */
    static Object of(String label, Map<String, Object> props) {
        return switch (label) {
            case "Plan" -> Plan.from(props);
            case "Project" -> Project.from(props);
            case "Budget" -> Budget.from(props);
            case "Agency" -> Agency.from(props);
            case "District" -> District.from(props);
            case "Tambon" -> Tambon.from(props);
            case "Council" -> Council.from(props);
            case "Community" -> Community.from(props);
            case "Province" -> Province.from(props);
            case "Region" -> Region.from(props);
            case "Source" -> Source.from(props);
            case "Indicator" -> Indicator.from(props);
            case "Observation" -> Observation.from(props);
            default -> null;
        };
    }

    static String name(Map<String, Object> props) {
        Object name = props.getOrDefault("nameTh", props.get("title"));
        return name == null ? String.valueOf(props.get("id")) : name.toString();
    }
}
