package th.phakee.importer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import th.phakee.graph.EmbeddedNeo4jStart;
import th.phakee.graph.GraphSchemaInitializer;

/**
 * {@code phakee import [--sync | --add] [--transactional] DIR}: validates a bundle whole and loads it, or lists every
 * problem and changes nothing. Without an option the bundle is a whole graph (its relationships join its own nodes)
 * and what the graph holds besides it is kept and reported; {@code --sync} removes that, in the same transaction, and
 * lists what it removed; {@code --add} adds the bundle to the graph, and lets it name the graph's nodes and sources.
 * An embedded database that has no store yet (a new data folder) is written by Neo4j's bulk importer
 * ({@link BulkImporter}) before it starts; any other database, embedded or external, by batched statements in one
 * transaction ({@link DatasetImporter}).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Validate a dataset bundle and load it into the graph (nothing is written if it has problems).")
public class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The bundle directory, e.g. data")
    Path dir;

    @picocli.CommandLine.ArgGroup(exclusive = true)
    Mode mode;

    static class Mode {
        @picocli.CommandLine.Option(names = "--sync", required = true, description = "Make the graph equal to the "
                + "bundle: also remove the nodes and relationships it does not have (in the same transaction)")
        boolean sync;

        @picocli.CommandLine.Option(names = "--add", required = true, description = "Add the bundle to the graph: its "
                + "relationships and citations may name nodes and sources the graph already holds")
        boolean add;
    }

    @Option(names = "--transactional", description = "Load with batched statements even into a new embedded "
            + "database (by default a new one is written by Neo4j's bulk importer)")
    boolean transactional;

    @Spec
    CommandSpec spec;

    private final Supplier<ApplicationContext> context;

    public ImportCommand(Supplier<ApplicationContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Bundle bundle;
        try {
            bundle = Bundle.directory(dir);
        }
        catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        // commands start their beans lazily: the embedded database has not started yet
        ApplicationContext app = context.get();
        BulkImporter bulk = transactional ? null : embeddedBulkImporter(app);
        ProgressBar[] bar = new ProgressBar[1];
        try {
            if (bulk != null && bulk.storeAbsent()) {
                BulkImporter.Result result = bulk.importBundle(bundle, () -> app.getBean(GraphSchemaInitializer.class));
                out.println(result.report().summary());
                out.println(String.format(Locale.ROOT, "Bulk import into the new embedded database: %,.0f nodes and "
                        + "relationships per second (read and checked %.1f s, money model derived %.1f s, store written %.1f s, "
                        + "constraints and indexes %.1f s, %.0f CPU seconds; the database started in %.1f s besides).",
                        result.rate(), result.readSeconds(), result.deriveSeconds(), result.writeSeconds(),
                        result.schemaSeconds(), result.cpuSeconds(), result.startSeconds()));
                return 0;
            }
            DatasetImporter importer = app.getBean(DatasetImporter.class);
            ImportMode chosen = mode == null ? ImportMode.UPDATE : mode.sync ? ImportMode.SYNC : ImportMode.ADD;
            long cpu = BulkImporter.processCpu();
            ImportReport report = importer.importBundle(bundle, chosen, total -> progress(bar, total));
            cpu = BulkImporter.processCpu() - cpu;
            closeBar(bar);
            out.println(report.summary());
            // everything removed, one per line, beyond the summary's first few
            report.nodesRemoved().forEach(node -> out.println("removed " + node));
            report.relationshipsRemoved().forEach(relationship -> out.println("removed " + relationship));
            if (!report.changedNothing()) {
                out.println(String.format(Locale.ROOT, "Batched statements in one transaction: %,.0f nodes and "
                        + "relationships per second, %.0f CPU seconds.", (report.nodesCreated() + report.nodesUpdated()
                        + report.nodesUnchanged() + report.relationshipsCreated() + report.relationshipsUpdated()
                        + report.relationshipsUnchanged()) / report.seconds(), cpu / 1e9));
            }
            return 0;
        }
        catch (InvalidBundleException e) {
            closeBar(bar);
            e.problems().forEach(problem -> err.println(dir.resolve(problem.file()) + problem.toString().substring(problem.file().length())));
            err.println(e.getMessage() + ".");
            return 1;
        }
    }

    /**
     * The bulk importer of the embedded database, or null when the graph is an external Neo4j or the embedded
     * database has already started (then only statements can load it).
     */
    private static BulkImporter embeddedBulkImporter(ApplicationContext app) {
        String[] embedded = app.getBeanNamesForType(EmbeddedNeo4jStart.class, false, true);
        if (embedded.length == 0 || !(app instanceof ConfigurableApplicationContext configurable)
                || configurable.getBeanFactory().containsSingleton(embedded[0])) {
            return null;
        }
        return new BulkImporter(Path.of(app.getEnvironment().getRequiredProperty("phakee.embedded.data-dir")));
    }

    /** A progress bar on a terminal; nothing when the output is a file or a pipe. */
    private static LongConsumer progress(ProgressBar[] bar, long total) {
        if (System.console() == null) {
            return done -> { };
        }
        bar[0] = new ProgressBarBuilder().setTaskName("Importing").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" rows", 1).build();
        return bar[0]::stepBy;
    }

    private static void closeBar(ProgressBar[] bar) {
        if (bar[0] != null) {
            bar[0].close();
        }
    }
}
