package th.phakee.generator;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code phakee generate --nodes N [--seed S] DIR}: writes a bundle of about N nodes shaped like the seed documents
 * (see {@link DatasetGenerator}), the same bytes for the same N, seed and reference data. Needs no database.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a generated dataset bundle of N nodes, shaped like the real one, for scale runs.")
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--nodes", required = true, paramLabel = "N",
            description = "Nodes to generate (exactly; at least the skeleton of every tambon and ten years of plans, about 40,000)")
    long nodes;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "The bundle to take places, national plans, agencies and names from (default: the packaged data/)")
    Path reference;

    @Parameters(index = "0", paramLabel = "DIR", description = "The directory to write: new or empty")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            err.println(dir + " exists and is not an empty directory; give a new one (nothing is overwritten).");
            return 2;
        }
        long started = System.nanoTime();
        ReferenceData data = reference == null ? ReferenceData.packaged() : ReferenceData.directory(reference);
        GeneratedBundle bundle;
        try {
            bundle = new DatasetGenerator(data, nodes, seed).generate();
        }
        catch (IllegalArgumentException e) {
            err.println(e.getMessage() + ".");
            return 2;
        }
        long generated = System.nanoTime();
        long heap = liveHeap();
        bundle.write(dir);
        long written = System.nanoTime();
        out.println(String.format(Locale.ROOT, "Generated %,d nodes and %,d relationships (seed %d) into %s in %.1f s "
                + "(%.1f s to generate, %.1f s to write; %,d MiB of heap held the bundle; %,d MiB on disk).", bundle.nodeCount(),
                bundle.relationshipCount(), seed, dir, (written - started) / 1e9, (generated - started) / 1e9,
                (written - generated) / 1e9, heap, size(dir) >> 20));
        for (Map.Entry<String, Integer> file : bundle.counts().entrySet()) {
            out.println(String.format(Locale.ROOT, "  %-20s %,12d", file.getKey(), file.getValue()));
        }
        return 0;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The heap the generated rows hold: what is in use after a collection, in MiB. */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
