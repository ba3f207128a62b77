package newsdesk.web;

import newsdesk.search.IndexCoverage;
import newsdesk.search.SearchService;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code index} in {@code /actuator/health}: out of service while the index holds no article (not yet
 * built, or built from an empty pages folder), because every question would then be an abstention.
 * It is part of the readiness group, so a load balancer sends no questions to such an instance.
 */
@Component("index")
class IndexHealthIndicator implements HealthIndicator {

    private final SearchService search;

    IndexHealthIndicator(SearchService search) {
        this.search = search;
    }

    @Override
    public Health health() {
        IndexCoverage coverage = search.coverage();
        Health.Builder health = coverage.articles() > 0 ? Health.up()
                : Health.status(Status.OUT_OF_SERVICE).withDetail("reason", "the index holds no articles yet");
        health.withDetail("articles", coverage.articles()).withDetail("pageFiles", coverage.pageFiles());
        if (coverage.firstDate().known()) {
            health.withDetail("firstDate", coverage.firstDate().iso());
        }
        if (coverage.lastDate().known()) {
            health.withDetail("lastDate", coverage.lastDate().iso());
        }
        return health.build();
    }
}
