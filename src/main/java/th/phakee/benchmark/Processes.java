package th.phakee.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import th.phakee.start.LocalProcesses;

/**
 * The processes a benchmark run starts and measures: the service itself (the jar, as a user runs it, so its cold
 * start and memory are those users get), commands of the same jar (generate, import), and the peer
 * (@neo4j/graphql under Node.js).
 */
final class Processes {

    private Processes() {
    }

    /** A started process, its log file, and the port it serves on. */
    record Started(Process process, Path log, int port) implements AutoCloseable {

        /** Resident memory now and at its peak (MiB), from /proc (Linux). */
        long[] residentMiB() {
            try {
                long rss = 0;
                long peak = 0;
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss = kib(line) / 1024;
                    }
                    if (line.startsWith("VmHWM:")) {
                        peak = kib(line) / 1024;
                    }
                }
                return new long[] { rss, peak };
            }
            catch (IOException e) {
                return new long[] { -1, -1 };
            }
        }

        private static long kib(String line) {
            return Long.parseLong(line.replaceAll("\\D", ""));
        }

        @Override
        public void close() {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs a command of the jar to its end; its output goes to {@code log}. Returns the seconds it took. */
    static double runJar(Path jar, List<String> jvm, List<String> arguments, Path log) {
        List<String> command = new ArrayList<>(List.of(LocalProcesses.java(), "-jar"));
        command.addAll(1, jvm);
        command.add(jar.toString());
        command.addAll(arguments);
        long started = System.nanoTime();
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int status = process.waitFor();
            if (status != 0) {
                throw new IllegalStateException(String.join(" ", arguments) + " failed (exit " + status + "); see " + log);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** Starts the service on {@code port}; returns when it answers {@code probe}, with the seconds that took. */
    static Started startService(Path jar, List<String> jvm, List<String> properties, int port, Path log, String probe,
            double[] secondsToFirstAnswer) {
        List<String> command = new ArrayList<>(List.of(LocalProcesses.java()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(properties);
        return startCommand(command, port, log, probe, secondsToFirstAnswer);
    }

    /** Starts the service by {@code command} (listening on {@code port}); returns when it answers {@code probe}. */
    static Started startCommand(List<String> command, int port, Path log, String probe, double[] secondsToFirstAnswer) {
        long started = System.nanoTime();
        Started service = start(command, Map.of(), port, log);
        awaitAnswer("http://127.0.0.1:" + port + "/graphql", probe, Duration.ofMinutes(20), service);
        secondsToFirstAnswer[0] = (System.nanoTime() - started) / 1e9;
        return service;
    }

    /** Starts @neo4j/graphql on the same database (its own copy of the peer, dependencies installed once). */
    static Started startPeer(Path peer, String boltUri, String password, int port, Path log) {
        Started started = start(List.of("node", peer.resolve("server.mjs").toString(), boltUri, String.valueOf(port)),
                Map.of("NEO4J_USERNAME", "neo4j", "NEO4J_PASSWORD", password), port, log);
        awaitAnswer("http://127.0.0.1:" + port + "/graphql", "{ __typename }", Duration.ofMinutes(2), started);
        return started;
    }

    /** Copies the peer's sources to {@code into} and installs its locked dependencies there (npm ci). */
    static Path preparePeer(Path sources, Path into, Path log) {
        try {
            Files.createDirectories(into);
            for (String file : List.of("server.mjs", "typeDefs.graphql", "package.json", "package-lock.json")) {
                Files.copy(sources.resolve(file), into.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Files.isDirectory(into.resolve("node_modules"))) {
                Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(into.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (npm.waitFor() != 0) {
                    throw new IllegalStateException("npm ci failed for the peer; see " + log);
                }
            }
            return into;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Started start(List<String> command, Map<String, String> environment, int port, Path log) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return new Started(builder.start(), log, port);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitAnswer(String url, String probe, Duration patience, Started started) {
        LocalProcesses.awaitAnswer(url, probe, patience, started.process(), started.log(), false);
    }

}
