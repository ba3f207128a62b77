package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A service killed in the middle of a refresh and started again serves the last good index at once
 * and finishes the interrupted refresh in the background, instead of staying unready until it has
 * redone every page.
 */
class RestartAfterCrashTest {

    private static final Path SAMPLES = Path.of("index/pages");
    private static final int NEW_PAGES = 30;
    /** What the issue asks of a restart; generous against the two seconds it takes here. */
    private static final Duration READY_AFTER_RESTART = Duration.ofSeconds(30);

    @TempDir
    Path work;

    @Test
    void aServiceKilledMidRefreshIsReadyOnItsLastGoodIndexAndFinishesTheRefreshInTheBackground() throws Exception {
        Path pages = Files.createDirectories(work.resolve("pages"));
        Path index = work.resolve("index");
        copySamples(pages);
        int port = ServiceProcess.freePort();
        Path log = work.resolve("service.log");

        int samplesArticles;
        try (ServiceProcess first = ServiceProcess.start(pages, index, port, log)) {
            JsonNode built = await(first, health -> articles(health) > 0 && idle(health), Duration.ofSeconds(120));
            samplesArticles = articles(built);
            addPages(pages);
            String job = first.post("/api/admin/reindex").path("id").asString();
            awaitJob(first, job);
            first.kill();
        }

        long restarted = System.nanoTime();
        try (ServiceProcess second = ServiceProcess.start(pages, index, port, log)) {
            JsonNode ready = await(second, health -> second.readiness() == 200, READY_AFTER_RESTART);
            long readyAfter = System.nanoTime() - restarted;
            assertThat(articles(ready)).as("the last good index (the sample pages) serves").isEqualTo(samplesArticles);

            JsonNode caughtUp = await(second, health -> idle(health) && articles(health) > samplesArticles,
                    Duration.ofSeconds(240));
            // The figures docs/BENCHMARKS.md quotes; printed, not asserted beyond the bound.
            System.out.printf("restart after kill -9: ready in %.1f s on %d articles; caught up in %.1f s to %d%n",
                    readyAfter / 1e9, articles(ready), (System.nanoTime() - restarted) / 1e9, articles(caughtUp));
            assertThat(articles(caughtUp)).as("the interrupted refresh's pages are indexed after the catch-up")
                    .isGreaterThan(samplesArticles * 6);
        }
    }

    private static void copySamples(Path pages) throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.toList()) {
                Files.copy(file, pages.resolve(file.getFileName()));
            }
        }
    }

    /** Thirty new pages named by the upload convention (date and page), each a copy of a sample page. */
    private static void addPages(Path pages) throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            samples = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < NEW_PAGES; i++) {
            String name = "2024-05-%02d_%02d.txt".formatted(1 + i / samples.size(), 1 + i % samples.size());
            Files.copy(samples.get(i % samples.size()), pages.resolve(name));
        }
    }

    /** Waits until the refresh job is past parsing its first file, so the kill lands in the middle of it. */
    private static void awaitJob(ServiceProcess service, String job) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (service.get("/api/admin/jobs/" + job).path("filesParsed").asInt() < 1) {
            assertThat(System.nanoTime()).as("refresh started parsing").isLessThan(deadline);
            Thread.sleep(50);
        }
        JsonNode running = service.get("/api/admin/jobs/" + job);
        assertThat(running.path("state").asString()).as("killed before the refresh committed").isEqualTo("RUNNING");
    }

    private static JsonNode await(ServiceProcess service, Predicate<JsonNode> condition, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            JsonNode health = service.health();
            if (health != null && condition.test(health)) {
                return health;
            }
            if (!service.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("service not there within " + limit + "; last health " + health
                        + "\n--- service log ---\n" + service.log());
            }
            Thread.sleep(100);
        }
    }

    private static int articles(JsonNode health) {
        return health.path("components").path("index").path("details").path("articles").asInt();
    }

    private static boolean idle(JsonNode health) {
        return "idle".equals(health.path("components").path("refresh").path("details").path("state").asString());
    }
}
