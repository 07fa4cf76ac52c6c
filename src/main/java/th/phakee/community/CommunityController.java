package th.phakee.community;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

import th.phakee.geography.Province;
import th.phakee.graph.BatchedQuery;
import th.phakee.graph.CypherQueries;
import th.phakee.graph.GraphValues;

@Controller
class CommunityController {

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    CommunityController(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    @BatchMapping(typeName = "Province")
    @Transactional(readOnly = true)
    Map<Province, List<Council>> councils(List<Province> provinces) {
        return BatchedQuery.byId(neo4j, cypher.get("queries/community/Province.councils"), provinces, Province::id,
                row -> GraphValues.maps(row.get("councils")).stream().map(Council::from).toList(), List.of());
    }
}
