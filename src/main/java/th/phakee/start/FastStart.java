package th.phakee.start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prepares a start of the service that maps its classes from a class-data archive (the JVM's CDS, as Spring Boot
 * documents it: the jar extracted, then one training run that writes the archive at its exit). Starting is mostly
 * loading classes (27,000: Spring, graphql-java, Neo4j and its Cypher planner); on two cores that made a cold start
 * 18-20 s, and 9-12 s with the archive. The archive belongs to this JDK and this jar: prepare it again after
 * either changes (a JVM that cannot use it says so and starts without it).
 */
public final class FastStart {

    /** The archive's name in the prepared directory. */
    public static final String ARCHIVE = "phakee.jsa";
    /** The requests of the training run, after the start: the read path's classes (GraphQL, Cypher runtime) too. */
    private static final List<String> TRAINING = List.of(
            "{ provinces { id nameTh } }",
            "{ province(id: \"TH-63\") { id nameTh projects { id nameTh budgets { amount { baht } } } agencies { id } } }",
            "{ search(text: \"ชุมชน\", first: 5) { node { id } } }",
            "{ summary { budgetByProvince { key total { baht } } } }");

    private FastStart() {
    }

    /** The jar this code runs from, or {@code target/phakee.jar} when it runs from classes. */
    public static Path ownJar() {
        try {
            Path location = Path.of(FastStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location) && location.toString().endsWith(".jar")) {
                return location;
            }
        }
        catch (Exception e) {
            // run from classes, or from inside the jar (a nested location): use the packaged jar
        }
        Path packaged = Path.of("target", "phakee.jar");
        if (!Files.isRegularFile(packaged)) {
            throw new IllegalStateException("Build the jar first: mvn -q package -DskipTests");
        }
        return packaged.toAbsolutePath();
    }

    /**
     * The command that starts the service prepared in {@code dir}, with {@code jvm} options and {@code arguments}.
     */
    public static List<String> command(Path dir, List<String> jvm, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(LocalProcesses.java(), "-XX:SharedArchiveFile=" + dir.resolve(ARCHIVE)));
        command.addAll(jvm);
        command.addAll(List.of("-jar", dir.resolve("phakee.jar").toString()));
        command.addAll(arguments);
        return command;
    }

    /**
     * Extracts {@code jar} into {@code dir} and writes the archive of a training run: the service started there on a
     * database of its own (loading the packaged dataset), asked {@link #TRAINING}, then stopped. Output goes to
     * {@code log}. Returns the archive.
     */
    public static Path prepare(Path jar, Path dir, Path log) {
        try {
            Files.createDirectories(dir);
            run(List.of(LocalProcesses.java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination",
                    dir.toString()), log, Duration.ofMinutes(5));
            Path archive = dir.resolve(ARCHIVE);
            Files.deleteIfExists(archive);
            Path data = Files.createTempDirectory("phakee-fast-start");
            int port = LocalProcesses.freePort();
            Process service = new ProcessBuilder(LocalProcesses.java(), "-XX:ArchiveClassesAtExit=" + archive, "-jar",
                    dir.resolve("phakee.jar").toString(), "--server.port=" + port,
                    "--phakee.embedded.data-dir=" + data).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            try {
                for (String query : TRAINING) {
                    ask(port, query, service, log);
                }
            }
            finally {
                // the archive is written as the JVM exits (a stop, as a user's Ctrl-C or a service manager's)
                service.destroy();
                if (!service.waitFor(2, TimeUnit.MINUTES)) {
                    service.destroyForcibly();
                }
                LocalProcesses.deleteTree(data);
            }
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException("The training run wrote no class-data archive; see " + log);
            }
            return archive;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code query} until the service answers it (it may still be starting); an error fails the training. */
    private static void ask(int port, String query, Process service, Path log) {
        LocalProcesses.awaitAnswer("http://127.0.0.1:" + port + "/graphql", query, Duration.ofMinutes(5), service, log, true);
    }

    private static void run(List<String> command, Path log, Duration patience) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(patience.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }
}
