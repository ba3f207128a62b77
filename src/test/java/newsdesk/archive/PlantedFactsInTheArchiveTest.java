package newsdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsdesk.archive.FactPlanner.PlantedFact;
import newsdesk.ingest.Article;
import newsdesk.ingest.IngestReport;
import newsdesk.ingest.SamplePages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** A week of pages, read back through the project's own ingest as the index build reads them. */
class PlantedFactsInTheArchiveTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path temp;

    private static ArchiveSpec spec;
    private static List<PlantedFact> facts;
    private static IngestReport ingested;

    @BeforeAll
    static void generateAndIngestAWeek() throws IOException {
        // Across a new year, so the year decoys are printed in their own year; 30 facts take 90 of about 360 articles.
        spec = new ArchiveSpec(LocalDate.of(2025, 12, 28), 7, 8, 30, 7, temp, null);
        new ArchiveGenerator(JSON).generate(spec);
        facts = new FactPlanner(new ArchiveCalendar(spec)).plan(spec.facts());
        ingested = SamplePages.ingestServiceFor(spec.pagesDir()).ingest(List.of(spec.pagesDir()));
    }

    @Test
    void everyPageIsReadAndEveryArticleIsFoundWithItsGeneratedTitle() {
        ArchiveCalendar calendar = new ArchiveCalendar(spec);
        PageComposer composer = new PageComposer(calendar, new ArticleComposer(SentencePool.load(JSON, null)), facts);
        assertThat(ingested.problems()).isEmpty();
        calendar.days().forEach(day -> {
            for (int page = 1; page <= spec.pagesPerDay(); page++) {
                String file = ArchiveCalendar.fileName(day, page);
                List<String> printed = composer.compose(day, page).stream().map(ComposedArticle::headline).toList();
                assertThat(ingested.articles().stream().filter(a -> a.source().equals(file)).map(Article::title))
                        .as(file).containsExactlyElementsOf(printed);
            }
        });
    }

    @Test
    void everyPlantedAnswerIsPrintedInExactlyOneArticleAndThatArticleNamesThePlaceAndTheYear() {
        for (PlantedFact fact : facts) {
            PlantedArticle right = fact.right();
            List<Article> holding = ingested.articles().stream()
                    .filter(article -> printed(article).contains(right.answer())).toList();
            assertThat(holding).as(right.answer()).hasSize(1);
            assertThat(holding.getFirst().source()).isEqualTo(right.slot().fileName());
            assertThat(printed(holding.getFirst())).contains(right.factSentence())
                    .contains(right.place().name(), right.year() + "年");
        }
    }

    @Test
    void everyPlantedFactHasTheSameProgrammeInANeighbouringPlaceAndInAnotherYearWithOtherFigures() {
        for (PlantedFact fact : facts) {
            PlantedArticle right = fact.right();
            PlantedArticle byPlace = fact.anotherPlace();
            PlantedArticle byYear = fact.anotherYear();
            assertThat(articleStating(byPlace)).as("decoy of %s", right.answer())
                    .contains(byPlace.factSentence()).doesNotContain(right.place().name());
            assertThat(List.of(byPlace.programme(), byPlace.place().county(), byPlace.year()))
                    .containsExactly(right.programme(), right.place().county(), right.year());
            assertThat(articleStating(byYear)).as("decoy of %s", right.answer()).contains(byYear.factSentence());
            assertThat(List.of(byYear.programme(), byYear.place())).containsExactly(right.programme(), right.place());
            assertThat(byYear.year()).isNotEqualTo(right.year());
            assertThat(List.of(byPlace.answer(), byYear.answer())).doesNotContain(right.answer());
        }
    }

    @Test
    void inAboutHalfOfTheFactsOnlyTheDecoysHeadlinesNameTheProgramme() {
        long onlyDecoys = facts.stream().filter(fact -> !fact.right().headlineNamesProgramme()
                && fact.anotherPlace().headlineNamesProgramme() && fact.anotherYear().headlineNamesProgramme()).count();
        assertThat(onlyDecoys).isBetween(facts.size() * 3L / 10, facts.size() * 7L / 10);
    }

    private static String articleStating(PlantedArticle decoy) {
        List<Article> holding = ingested.articles().stream()
                .filter(article -> printed(article).contains(decoy.answer())).toList();
        assertThat(holding).as(decoy.answer()).hasSize(1);
        return printed(holding.getFirst());
    }

    /** Title and body as a reader sees them, without the spaces and line breaks of the page. */
    private static String printed(Article article) {
        return (article.title() + article.body()).replaceAll("\\s+", "");
    }
}
