package th.phakee.community;

import java.util.List;
import java.util.Map;

import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/** A community, community organisation or network (GraphQL type {@code Community}). */
public record Community(String id, String nameTh, String kind, List<String> aliases, List<String> src) implements Cited {

    public static Community from(Map<String, Object> props) {
        return new Community(GraphValues.text(props, "id"), GraphValues.text(props, "nameTh"),
                GraphValues.text(props, "kind"), GraphValues.texts(props, "aliases"), GraphValues.texts(props, "src"));
    }
}
