package th.phakee.importer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code phakee import [--sync | --add] DIR}: validates a bundle whole and loads it, or lists every problem and
 * changes nothing. Without an option the bundle is a whole graph (its relationships join its own nodes) and what
 * the graph holds besides it is kept and reported; {@code --sync} removes that, in the same transaction, and lists
 * what it removed; {@code --add} adds the bundle to the graph, and lets it name the graph's nodes and sources.
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
        DatasetImporter importer = context.get().getBean(DatasetImporter.class);
        ProgressBar[] bar = new ProgressBar[1];
        try {
            ImportMode chosen = mode == null ? ImportMode.UPDATE : mode.sync ? ImportMode.SYNC : ImportMode.ADD;
            ImportReport report = importer.importBundle(bundle, chosen, total -> progress(bar, total));
            closeBar(bar);
            out.println(report.summary());
            // everything removed, one per line, beyond the summary's first few
            report.nodesRemoved().forEach(node -> out.println("removed " + node));
            report.relationshipsRemoved().forEach(relationship -> out.println("removed " + relationship));
            return 0;
        }
        catch (InvalidBundleException e) {
            closeBar(bar);
            e.problems().forEach(problem -> err.println(dir.resolve(problem.file()) + problem.toString().substring(problem.file().length())));
            err.println(e.getMessage() + ".");
            return 1;
        }
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
