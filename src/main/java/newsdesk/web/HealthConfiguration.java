package newsdesk.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.Path;
import newsdesk.ingest.IngestProperties;
import newsdesk.search.SearchProperties;
import org.springframework.boot.health.autoconfigure.application.DiskSpaceHealthIndicatorProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    /**
     * Named as Boot's disk space indicator, which backs off for it: one {@code diskSpace} entry, now
     * for the index and pages folders, switched off and given its threshold by Boot's own
     * {@code management.health.diskspace.*} settings.
     */
    @Bean
    @ConditionalOnEnabledHealthIndicator("diskspace")
    FolderSpaceHealthIndicator diskSpaceHealthIndicator(SearchProperties search, IngestProperties pages,
                                                       DiskSpaceHealthIndicatorProperties diskSpace) {
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("index", search.indexDir());
        folders.put("pages", pages.pagesDir());
        return new FolderSpaceHealthIndicator(folders, diskSpace.getThreshold());
    }
}
