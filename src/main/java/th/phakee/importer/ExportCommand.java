package th.phakee.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phakee export DIR}: writes the graph as a bundle that {@code import} reads back unchanged. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the graph as a dataset bundle.")
public class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The directory to write (created if needed)")
    Path dir;

    @Spec
    CommandSpec spec;

    private final Supplier<ApplicationContext> context;

    public ExportCommand(Supplier<ApplicationContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        int rows = context.get().getBean(DatasetExporter.class).export(dir);
        spec.commandLine().getOut().println("Exported " + rows + " rows to " + dir);
        return 0;
    }
}
