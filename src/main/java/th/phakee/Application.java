package th.phakee;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import th.phakee.access.HashKeyCommand;
import th.phakee.benchmark.BenchmarkCommand;
import th.phakee.extraction.ExtractCommand;
import th.phakee.generator.GenerateCommand;
import th.phakee.importer.ExportCommand;
import th.phakee.importer.ImportCommand;

/**
 * Phakee: with no command, or {@code serve}, runs the GraphQL service; {@code import DIR} and {@code export DIR}
 * load and write dataset bundles, {@code generate --nodes N DIR} writes a generated one. Spring properties given
 * as {@code --name=value} apply to every command.
 */
@SpringBootApplication
public class Application {

    @Command(name = "phakee", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "GraphQL API over a Neo4j graph of Thailand's community development partnerships.",
            subcommands = { ImportCommand.class, ExportCommand.class, ExtractCommand.class, HashKeyCommand.class,
                    BenchmarkCommand.class, GenerateCommand.class, th.phakee.start.FastStartCommand.class })
    static class Phakee {
    }

    static class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] { "phakee " + Application.class.getPackage().getImplementationVersion() };
        }
    }

    public static void main(String[] args) {
        List<String> springArgs = new ArrayList<>();
        List<String> commandArgs = new ArrayList<>();
        for (String arg : args) {
            (isSpringProperty(arg) ? springArgs : commandArgs).add(arg);
        }
        if (commandArgs.isEmpty() || commandArgs.get(0).equals("serve")) {
            SpringApplication.run(Application.class, springArgs.toArray(String[]::new));
            return;
        }
        System.exit(runCommand(commandArgs, springArgs, new java.io.PrintWriter(System.out, true),
                new java.io.PrintWriter(System.err, true)));
    }

    /** {@code --name=value} where the name has a dot, as every Spring property has (server.port, phakee.…). */
    static boolean isSpringProperty(String arg) {
        return arg.matches("--[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+=.*");
    }

    /** Runs {@code import}, {@code export} …; returns the exit status. */
    public static int runCommand(List<String> commandArgs, List<String> springArgs, java.io.PrintWriter out,
            java.io.PrintWriter err) {
        ConfigurableApplicationContext[] started = new ConfigurableApplicationContext[1];
        Supplier<ApplicationContext> context = () -> {
            if (started[0] == null) {
                SpringApplication app = new SpringApplication(Application.class);
                app.setWebApplicationType(WebApplicationType.NONE);
                app.setLogStartupInfo(false);
                // a command's output is its own report; the service's start-up log would drown it
                app.setDefaultProperties(java.util.Map.of("logging.level.root", "WARN",
                        // Neo4j's health check serves no command, and would start the database with the context
                        "management.health.neo4j.enabled", "false",
                        // … nor do the probes' groups, which name that check
                        "management.endpoint.health.validate-group-membership", "false",
                        // a command uses the driver as soon as it has it: the database must be up by then
                        "phakee.embedded.start-in-background", "false"));
                // a command starts only the beans it uses, when it uses them: import can write a new embedded
                // database's store before the database starts
                app.setLazyInitialization(true);
                started[0] = app.run(springArgs.toArray(String[]::new));
            }
            return started[0];
        };
        CommandLine cli = new CommandLine(new Phakee(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    return type.getConstructor(Supplier.class).newInstance(context);
                }
                catch (NoSuchMethodException e) {
                    return CommandLine.defaultFactory().create(type);
                }
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        // a database folder in use is said in a sentence by DatabaseInUseFailureAnalyzer as the context fails to
        // start: no stack trace after it
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause.getClass().getName().equals("org.neo4j.io.locker.FileLockException")) {
                    return 1;
                }
            }
            throw e;
        });
        // a command's context sets the logging up again (root at WARN); run in-process beside a service (as the
        // tests do), the command leaves the service's log levels as it found them
        org.springframework.boot.logging.LoggingSystem logging =
                org.springframework.boot.logging.LoggingSystem.get(Application.class.getClassLoader());
        java.util.Map<String, org.springframework.boot.logging.LogLevel> levels = new java.util.HashMap<>();
        logging.getLoggerConfigurations().forEach(c -> levels.put(c.getName(), c.getConfiguredLevel()));
        try {
            return cli.execute(commandArgs.toArray(String[]::new));
        }
        finally {
            if (started[0] != null) {
                started[0].close();
                logging.getLoggerConfigurations().forEach(c -> {
                    if (!java.util.Objects.equals(levels.get(c.getName()), c.getConfiguredLevel())) {
                        logging.setLogLevel(c.getName(), levels.get(c.getName()));
                    }
                });
            }
        }
    }
}
