package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import newsdesk.ingest.IngestProperties;
import newsdesk.search.SearchProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.application.DiskSpaceHealthContributorAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;

class FolderSpaceHealthIndicatorTest {

    @TempDir
    Path work;

    private Map<String, Path> indexAndPages() {
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("index", work.resolve("lucene"));
        folders.put("pages", work.resolve("pages"));
        return folders;
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheFreeSpaceOfTheIndexAndThePagesFolderEachWithItsPath() {
        Health health = new FolderSpaceHealthIndicator(indexAndPages(), DataSize.ofBytes(1)).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKeys("index", "pages", "threshold");
        assertThat((Map<String, Object>) health.getDetails().get("index"))
                .containsEntry("path", work.resolve("lucene").toAbsolutePath().toString())
                .containsKeys("free", "total");
        assertThat((Map<String, Object>) health.getDetails().get("pages"))
                .containsEntry("path", work.resolve("pages").toAbsolutePath().toString());
    }

    @Test
    void replacesBootsWorkingDirectoryCheckUnderTheSameNameAndThreshold() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DiskSpaceHealthContributorAutoConfiguration.class))
                .withUserConfiguration(HealthConfiguration.class, Settings.class)
                .withPropertyValues("newsdesk.search.index-dir=" + work.resolve("lucene"),
                        "newsdesk.ingest.pages-dir=" + work.resolve("pages"), "management.health.diskspace.threshold=1B")
                .run(context -> {
                    assertThat(context).getBean("diskSpaceHealthIndicator").isInstanceOf(FolderSpaceHealthIndicator.class);
                    assertThat(context.getBean(FolderSpaceHealthIndicator.class).health().getDetails())
                            .containsEntry("threshold", 1L);
                });
    }

    @EnableConfigurationProperties({SearchProperties.class, IngestProperties.class})
    static class Settings {
    }

    @Test
    void isDownWhenAFolderHasLessFreeSpaceThanTheThreshold() {
        Health health = new FolderSpaceHealthIndicator(indexAndPages(), DataSize.ofTerabytes(1024 * 1024)).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsKeys("index", "pages");
    }
}
