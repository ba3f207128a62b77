package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bidi controls and other invisible format characters (Unicode category Cf) in a page file can
 * reorder what a reader sees in a title or quote, and once hid an article of page 001 from the
 * segmenter. They are removed before any rule reads a line, and the report says how many.
 */
class InvisibleFormatCharactersTest {

    private static final String PAGE = "001_1e8b83b8a78d0517.txt";

    /** Overrides, embeddings, isolates, marks, zero-width characters, soft hyphen, word joiner, BOM. */
    private static final List<String> FORMAT_CHARACTERS = List.of("\u202D", "\u2066", "\u061C", "\u202A",
            "\u202E", "\u2069", "\u200E", "\u200F", "\u200B", "\u00AD", "\u2060", "\uFEFF", "\u202C", "\u2067");

    @TempDir
    Path pages;

    private int inserted;

    @BeforeEach
    void pageWithFormatCharactersSprinkledIntoEveryLine() throws IOException {
        List<String> lines = IngestFixtures.samplePageText(PAGE).lines().toList();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(sprinkled(lines.get(i), i)).append('\n');
        }
        Files.writeString(pages.resolve(PAGE), text);
    }

    @Test
    void aPageWithBidiControlsGivesTheSameArticlesAsTheCleanPage() {
        List<Article> clean = IngestFixtures.articlesOf(PAGE);
        List<Article> sprinkled = IngestFixtures.ingestService().ingest(List.of(pages)).articles();

        assertThat(clean).hasSize(10);
        assertThat(sprinkled).extracting(Article::title).containsExactlyElementsOf(titles(clean));
        assertThat(sprinkled).extracting(Article::body).containsExactlyElementsOf(clean.stream().map(Article::body).toList());
    }

    @Test
    void noTitleOrBodyKeepsAnInvisibleFormatCharacter() {
        List<Article> articles = IngestFixtures.ingestService().ingest(List.of(pages)).articles();

        assertThat(articles).isNotEmpty().allSatisfy(article -> {
            Stream.of(article.title(), article.subtitle(), article.body(), String.join("", article.captions()))
                    .forEach(text -> assertThat(text.codePoints().filter(c -> Character.getType(c) == Character.FORMAT))
                            .as("format characters in %s", article.id()).isEmpty());
        });
    }

    @Test
    void theReportCountsTheRemovedCharactersForThePageTheyWereIn() throws IOException {
        Files.copy(IngestFixtures.samplePage(IngestFixtures.FRONT_PAGE), pages.resolve(IngestFixtures.FRONT_PAGE));

        IngestReport report = IngestFixtures.ingestService().ingest(List.of(pages));

        assertThat(report.pages()).extracting(PageRead::name, PageRead::invisibleCharactersRemoved)
                .containsExactly(tuple(IngestFixtures.FRONT_PAGE, 0), tuple(PAGE, inserted));
        assertThat(report.invisibleCharactersRemoved()).isEqualTo(inserted);
        assertThat(report.complete()).as("removing them is cleaning, not a reason to skip the page").isTrue();
    }

    private String sprinkled(String line, int lineIndex) {
        if (line.isBlank()) {
            return line;
        }
        String mark = FORMAT_CHARACTERS.get(lineIndex % FORMAT_CHARACTERS.size());
        int middle = line.offsetByCodePoints(0, line.codePointCount(0, line.length()) / 2);
        String next = FORMAT_CHARACTERS.get((lineIndex + 1) % FORMAT_CHARACTERS.size());
        inserted += 3;
        // At the start (before an indent or a dateline), inside a word, and at the end of the line.
        return mark + line.substring(0, middle) + next + line.substring(middle) + mark;
    }

    private static List<String> titles(List<Article> articles) {
        return articles.stream().map(Article::title).toList();
    }
}
