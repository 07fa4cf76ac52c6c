package th.phakee.start;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phakee fast-start [DIR]}: prepares a start that maps its classes from an archive ({@link FastStart}). */
@Command(name = "fast-start", mixinStandardHelpOptions = true,
        description = "Lay the jar out for class-data sharing and train an archive of its classes: a start in about half the time.")
public class FastStartCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", defaultValue = "target/fast-start",
            description = "Where the extracted jar and the archive go (default: ${DEFAULT-VALUE})")
    Path dir;

    @Spec
    CommandSpec spec;

    public FastStartCommand(java.util.function.Supplier<?> context) {
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Path target = dir.toAbsolutePath().normalize();
        out.println("Extracting the jar into " + target + " and training the class-data archive (a start of the service "
                + "on a database of its own, four requests, a stop: about a minute) …");
        Path archive = FastStart.prepare(FastStart.ownJar(), target, target.resolve("fast-start.log"));
        out.println("Written " + archive + ". Start the service with:");
        out.println("  " + String.join(" ", FastStart.command(target, List.of(), List.of())).replaceFirst("^\\S*/bin/java", "java"));
        out.println("(with your options after java, and Spring properties at the end, as for java -jar target/phakee.jar).");
        return 0;
    }
}
