package th.phakee.importer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import th.phakee.graph.CypherQueries;
import th.phakee.graph.GraphSchemaInitializer;

/**
 * When the service starts: sets up the graph schema, and loads the packaged dataset ({@code data/}) if the
 * database holds no model node yet, so that a newcomer's first run has the data. It runs before the web server
 * opens its port, so no request ever sees a half-loaded graph. The import commands do not run this; they import
 * what they are given.
 */
@Component
@ConditionalOnWebApplication
class StartupDatasetLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupDatasetLoader.class);

    private final GraphSchemaInitializer schema;
    private final DatasetImporter importer;
    private final Neo4jClient neo4j;
    private final CypherQueries cypher;
    private final boolean loadOnStart;
    private final String location;

    private final PackagedDatasetBulkLoader bulk;

    StartupDatasetLoader(GraphSchemaInitializer schema, DatasetImporter importer, Neo4jClient neo4j,
            CypherQueries cypher, @Value("${phakee.dataset.load-on-start}") boolean loadOnStart,
            @Value("${phakee.dataset.location}") String location, PackagedDatasetBulkLoader bulk) {
        this.bulk = bulk;
        this.schema = schema;
        this.importer = importer;
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.loadOnStart = loadOnStart;
        this.location = location;
    }

    @Override
    public void afterSingletonsInstantiated() {
        schema.apply();
        // the first start of a new embedded database wrote the packaged dataset before the database started
        bulk.written().ifPresent(importer::recordImport);
        long nodes = neo4j.query(cypher.get("import/count")).fetchAs(Long.class).one().orElse(0L);
        if (!loadOnStart || nodes > 0) {
            log.info("The graph holds {} nodes (the packaged dataset is loaded into an empty graph only)", nodes);
            if (nodes > 0 && !importer.derivedByThisVersion()) {
                // a graph an earlier version loaded: derive once what this version derives otherwise
                log.info("The graph's derived values (search texts, sums, tallies, collaborations) are an earlier "
                        + "version's: deriving them again");
                int texts = importer.deriveAgain();
                log.info("Derived again; {} search texts rewritten", texts);
            }
            return;
        }
        log.info("The graph is empty: loading the packaged dataset from {}", location);
        try {
            importer.importBundle(Bundle.at(location));
        }
        catch (InvalidBundleException e) {
            e.problems().forEach(problem -> log.error("Dataset problem: {}", problem));
            throw e;
        }
    }
}
