package newsdesk.admin;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code refresh} in {@code /actuator/health}: always up, because a running refresh never stops the
 * served index from answering; its details say "serving, refreshing" with the progress, so an admin
 * sees a catch-up after a restart without reading the log.
 */
@Component("refresh")
class RefreshHealthIndicator implements HealthIndicator {

    private final IndexMaintenance maintenance;

    RefreshHealthIndicator(IndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public Health health() {
        RefreshActivity activity = maintenance.activity();
        if (!activity.refreshing()) {
            return Health.up().withDetail("state", "idle").build();
        }
        return Health.up()
                .withDetail("state", "refreshing")
                .withDetail("filesToParse", activity.filesToParse())
                .withDetail("filesParsed", activity.filesParsed())
                .withDetail("filesCommitted", activity.filesCommitted())
                .withDetail("since", String.valueOf(activity.since()))
                .build();
    }
}
