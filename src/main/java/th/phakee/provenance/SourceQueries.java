package th.phakee.provenance;

import java.util.Collection;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.phakee.graph.CypherQueries;
import th.phakee.graph.GraphValues;

@Component
@Transactional(readOnly = true)
class SourceQueries {

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    SourceQueries(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    Collection<Source> sources(List<String> ids) {
        return neo4j.query(cypher.get("queries/provenance/Citation.source")).bind(ids).to("ids")
                .fetchAs(Source.class).mappedBy((t, r) -> Source.from(GraphValues.map(r.get("source").asMap())))
                .all();
    }
}
