package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only files in the pages folder are published. A symbolic link in it (or a path through a linked
 * folder) that leads elsewhere, say to a private file of the server, is refused by name, whether
 * the folder is read or the file is named on its own.
 */
class LinkedPageFilesTest {

    /** A sentence of page 001, which lies outside the pages folder in these tests. */
    private static final String OUTSIDE_TEXT = "六一社区";

    @TempDir
    Path root;

    private Path pages;
    private Path outside;
    private IngestService ingest;

    @BeforeEach
    void pagesFolderWithOneGoodPageAndAPrivateFolderBesideIt() throws IOException {
        pages = Files.createDirectory(root.resolve("pages"));
        outside = Files.createDirectory(root.resolve("private"));
        Files.copy(IngestFixtures.samplePage(IngestFixtures.FRONT_PAGE), pages.resolve("good.txt"));
        Files.copy(IngestFixtures.samplePage("001_1e8b83b8a78d0517.txt"), outside.resolve("secret.txt"));
        ingest = SamplePages.ingestServiceFor(pages);
    }

    @Test
    void aLinkToAFileOutsideThePagesFolderIsRefusedWhenTheFolderIsRead() throws IOException {
        Files.createSymbolicLink(pages.resolve("leak.txt"), outside.resolve("secret.txt"));

        IngestReport report = ingest.ingest(List.of(pages));

        assertRefused(report, "leak.txt", "outside the pages folder");
        assertOnlyTheGoodPagePublished(report);
    }

    @Test
    void aLinkToAFileOutsideThePagesFolderIsRefusedWhenTheFileIsNamed() throws IOException {
        Files.createSymbolicLink(pages.resolve("leak.txt"), outside.resolve("secret.txt"));

        IngestReport report = ingest.ingest(List.of(pages.resolve("leak.txt"), pages.resolve("good.txt")));

        assertRefused(report, "leak.txt", "outside the pages folder");
        assertOnlyTheGoodPagePublished(report);
    }

    @Test
    void aLinkToAFileOutsideTheFolderItIsListedInIsRefusedInAnyFolder() throws IOException {
        Path elsewhere = Files.createDirectory(root.resolve("elsewhere"));
        Files.createSymbolicLink(elsewhere.resolve("leak.txt"), outside.resolve("secret.txt"));
        Files.copy(IngestFixtures.samplePage(IngestFixtures.FRONT_PAGE), elsewhere.resolve("good.txt"));

        IngestReport report = ingest.ingest(List.of(elsewhere));

        assertRefused(report, "leak.txt", "outside the pages folder");
        assertOnlyTheGoodPagePublished(report);
    }

    @Test
    void aFileReachedThroughALinkedFolderIsRefused() throws IOException {
        Files.createSymbolicLink(pages.resolve("more"), outside);

        IngestReport report = ingest.ingest(List.of(pages.resolve("more/secret.txt"), pages.resolve("good.txt")));

        assertRefused(report, "secret.txt", "outside the pages folder");
        assertOnlyTheGoodPagePublished(report);
    }

    @Test
    void aLinkToAnotherPageOfTheFolderIsRefusedSoNoPageIsPublishedTwice() throws IOException {
        Files.createSymbolicLink(pages.resolve("latest.txt"), pages.resolve("good.txt"));

        IngestReport report = ingest.ingest(List.of(pages));

        assertRefused(report, "latest.txt", "good.txt");
        assertOnlyTheGoodPagePublished(report);
    }

    @Test
    void aPagesFolderThatIsItselfALinkIsReadAsUsual() throws IOException {
        Path linkedPages = Files.createSymbolicLink(root.resolve("current"), pages);

        IngestReport report = SamplePages.ingestServiceFor(linkedPages).ingest(List.of(linkedPages));

        assertThat(report.problems()).isEmpty();
        assertOnlyTheGoodPagePublished(report);
    }

    private static void assertRefused(IngestReport report, String name, String reasonMentions) {
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.name()).isEqualTo(name);
            assertThat(problem.reason()).contains("symbolic link").contains(reasonMentions);
        });
    }

    private static void assertOnlyTheGoodPagePublished(IngestReport report) {
        assertThat(report.pages()).extracting(PageRead::name).containsExactly("good.txt");
        assertThat(report.articles()).hasSize(8).extracting(Article::source).containsOnly("good.txt");
        assertThat(report.articles()).noneMatch(article -> article.body().contains(OUTSIDE_TEXT));
    }
}
