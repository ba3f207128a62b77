package newsdesk.admin;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code refresh} in {@code /actuator/health}: always up, because a running refresh never stops the
 * served index from answering; its details say "serving, refreshing" with the progress, so an admin
 * sees a catch-up after a restart without reading the log, which file a long OCR of scans is on, and how far
 * the vectors are (questions are ranked by BM25 alone until they are all there).
 */
@Component("refresh")
class RefreshHealthIndicator implements HealthIndicator {

    private final IndexMaintenance maintenance;
    private final BackgroundVectors vectors;

    RefreshHealthIndicator(IndexMaintenance maintenance, BackgroundVectors vectors) {
        this.maintenance = maintenance;
        this.vectors = vectors;
    }

    @Override
    public Health health() {
        RefreshActivity activity = maintenance.activity();
        BackgroundVectors.Activity embedding = vectors.activity();
        Map<String, Object> vectorDetails = Map.of(
                "state", embedding.embedding() ? "embedding" : embedding.progress().done() ? "done" : "waiting",
                "policy", embedding.progress().policy().name().toLowerCase(Locale.ROOT),
                "passagesEmbedded", embedding.progress().embedded(),
                "passagesInScope", embedding.progress().inScope());
        if (!activity.refreshing()) {
            return Health.up().withDetail("state", "idle").withDetail("vectors", vectorDetails).build();
        }
        return Health.up()
                .withDetail("state", "refreshing")
                .withDetail("filesToParse", activity.filesToParse())
                .withDetail("filesParsed", activity.filesParsed())
                .withDetail("filesCommitted", activity.filesCommitted())
                .withDetail("parsing", String.valueOf(activity.parsing()))
                .withDetail("imagesRecognised", activity.imagesRecognised())
                .withDetail("imagesFromCache", activity.imagesFromCache())
                .withDetail("since", String.valueOf(activity.since()))
                .withDetail("vectors", vectorDetails)
                .build();
    }
}
