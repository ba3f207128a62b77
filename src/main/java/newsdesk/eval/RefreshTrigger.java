package newsdesk.eval;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts a refresh on a running NewsDesk through its admin API and follows the job, for a load run
 * that must last exactly as long as the refresh. Polls at most four times a second, however often
 * the load clients ask whether it is done.
 */
final class RefreshTrigger {

    private static final long POLL_NANOS = Duration.ofMillis(250).toNanos();

    private final URI admin;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private String jobId = "";
    private JsonNode job = json.createObjectNode();
    private long lastPoll;

    /** @param admin the service's {@code /api/admin/} URL */
    RefreshTrigger(URI admin, String token) {
        this.admin = admin;
        this.token = token;
    }

    /** Starts the refresh; fails when the service refuses it (no token, queue full). */
    void start() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request("reindex").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IOException("the refresh was refused: HTTP " + response.statusCode() + " " + response.body());
        }
        job = json.readTree(response.body());
        jobId = job.path("id").asString();
        lastPoll = System.nanoTime();
    }

    /** Whether the job has finished, successfully or not; asks the service at most every 250 ms. */
    synchronized boolean finished() {
        if (System.nanoTime() - lastPoll >= POLL_NANOS) {
            lastPoll = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request("jobs/" + jobId).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    job = json.readTree(response.body());
                }
            } catch (IOException e) {
                // A missed poll is retried at the next one; the load clients count the service's errors.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        String state = job.path("state").asString();
        return state.equals("SUCCEEDED") || state.equals("FAILED");
    }

    synchronized boolean succeeded() {
        return job.path("state").asString().equals("SUCCEEDED");
    }

    /** The job as the service last described it, for the report. */
    synchronized String describe() {
        JsonNode report = job.path("report");
        return "job %s %s, %d files parsed, %d articles written%s".formatted(jobId, job.path("state").asString(),
                job.path("filesParsed").asInt(), report.path("articlesWritten").asInt(),
                job.path("error").isString() ? ", error: " + job.path("error").asString() : "");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(admin.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token);
    }
}
