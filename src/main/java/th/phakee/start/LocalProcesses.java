package th.phakee.start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

/**
 * What the commands that start the service as a process of their own share (the fast-start training run, the
 * benchmark's contenders): this JVM's java, a free port, waiting for a first answer, removing a data folder.
 */
public final class LocalProcesses {

    private LocalProcesses() {
    }

    /** The java of the JVM running this, to start others with. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A port free on loopback now. */
    public static int freePort() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes {@code dir} and everything in it, if it exists. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends the GraphQL {@code query} to {@code url} until {@code process} answers it without errors, within
     * {@code patience}. An answer with errors is asked again (the service may still be loading its data) unless
     * {@code errorsAreFinal}, when it fails at once with the answer. Fails if the process ends first (see {@code log}).
     */
    public static void awaitAnswer(String url, String query, Duration patience, Process process, Path log,
            boolean errorsAreFinal) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String body = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The process ended before it answered; see " + log);
                }
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && !response.body().contains("\"errors\"")) {
                        return;
                    }
                    if (errorsAreFinal) {
                        throw new IllegalStateException("The service answered " + query + " with " + response.body());
                    }
                }
                catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("No answer to " + query + " within " + patience.toSeconds() + " s; see " + log);
    }
}
