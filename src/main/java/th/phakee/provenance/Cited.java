package th.phakee.provenance;

import java.util.List;

/** An entity or link that came from documents: its {@code src} citations ({@code "003:142"}). */
public interface Cited {

    List<String> src();

    /** The GraphQL {@code sources} field: the citations as documents and lines. */
    default List<Citation> getSources() {
        return Citation.of(src());
    }
}
