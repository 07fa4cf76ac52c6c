package th.phakee.extraction;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phakee extract}: regenerates {@code data/} from {@code sources/} and {@code data/curation/}. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Regenerate the dataset bundle from the source documents and the curation tables.")
public class ExtractCommand implements Callable<Integer> {

    @Option(names = "--sources", defaultValue = "sources", description = "The source documents (default: ${DEFAULT-VALUE})")
    Path sources;

    @Option(names = "--curation", defaultValue = "data/curation", description = "The curation tables (default: ${DEFAULT-VALUE})")
    Path curation;

    @Option(names = "--out", defaultValue = "data", description = "The bundle to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            int rows = new DatasetExtraction(sources, curation).extractInto(out);
            spec.commandLine().getOut().println("Extracted " + rows + " rows into " + out);
            return 0;
        }
        catch (ExtractionException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
