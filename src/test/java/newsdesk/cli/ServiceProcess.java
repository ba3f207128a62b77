package newsdesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * NewsDesk as a real service in a child JVM on loopback, with the test's class path, for tests that
 * must kill and restart the process. Its log goes to a file the test can show when it fails.
 */
final class ServiceProcess implements AutoCloseable {

    static final String ADMIN_TOKEN = "restart-test-token";

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the service over these folders on the given port. */
    static ServiceProcess start(Path pages, Path index, int port, Path log) throws IOException {
        return launch(pages, index, port, log, List.of("-Dserver.address=127.0.0.1", "-Dserver.port=" + port));
    }

    /**
     * A command-line tool ({@code args}, e.g. {@code index}) over these folders in a child JVM, with extra
     * {@code -D} settings; what it prints goes to the log.
     */
    static ServiceProcess command(Path pages, Path index, Path log, List<String> settings, String... args)
            throws IOException {
        return launch(pages, index, 0, log, settings, args);
    }

    private static ServiceProcess launch(Path pages, Path index, int port, Path log, List<String> options,
                                         String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
        command.addAll(options);
        command.addAll(List.of(
                "-Dnewsdesk.ingest.pages-dir=" + pages, "-Dnewsdesk.ingest.manifest=" + pages.resolve("manifest.csv"),
                "-Dnewsdesk.search.index-dir=" + index, "-Dnewsdesk.admin.token=" + ADMIN_TOKEN,
                "-Dnewsdesk.telegram.token=",
                "-cp", System.getProperty("java.class.path"), "newsdesk.NewsDeskApplication"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ServiceProcess(process, port, log);
    }

    /** Asks the JVM to stop as {@code kill} (SIGTERM) does; true when it is gone within {@code limit}. */
    boolean terminate(Duration limit) throws InterruptedException {
        process.destroy();
        return process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Waits for a command to finish; its exit code. */
    int waitFor(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("command did not finish within " + limit + "\n" + log());
        }
        return process.exitValue();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The parsed health document, or null while the service does not answer yet. */
    JsonNode health() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return json.readTree(response.body());
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The readiness probe's status code; 0 while nothing listens. */
    int readiness() {
        try {
            return http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    JsonNode post(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the JVM as a crash or `kill -9` would: no shutdown hook, no orderly close of the index. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }
}
