package newsdesk.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import newsdesk.archive.FactPlanner.PlantedFact;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a synthetic archive page file by page file: only the plan of the planted facts is held for
 * the whole run, so memory does not grow with the years.
 */
@Component
class ArchiveGenerator {

    /** What was written, for the command's summary line. */
    record Written(long pages, long articles, long characters, int facts, String sentences, Path questions) {
    }

    private final JsonMapper json;

    ArchiveGenerator(JsonMapper json) {
        this.json = json;
    }

    Written generate(ArchiveSpec spec) throws IOException {
        Path pages = spec.pagesDir();
        refuseOldPages(pages);
        Files.createDirectories(pages);
        ArchiveCalendar calendar = new ArchiveCalendar(spec);
        SentencePool sentences = SentencePool.load(json, spec.squadFile());
        List<PlantedFact> facts = new FactPlanner(calendar).plan(spec.facts());
        PageComposer composer = new PageComposer(calendar, new ArticleComposer(sentences), facts);
        long files = 0;
        long articles = 0;
        long characters = 0;
        Iterator<LocalDate> days = calendar.days().iterator();
        while (days.hasNext()) {
            LocalDate day = days.next();
            for (int page = 1; page <= calendar.pagesPerDay(); page++) {
                String text = composer.text(day, page);
                Files.writeString(pages.resolve(ArchiveCalendar.fileName(day, page)), text, StandardCharsets.UTF_8);
                files++;
                articles += calendar.articlesOn(day, page);
                characters += text.length();
            }
        }
        new PlantedQuestions(json).write(facts, spec.questionsFile());
        return new Written(files, articles, characters, facts.size(), sentences.describe(), spec.questionsFile());
    }

    /**
     * Pages of an earlier, longer run would stay beside the new ones and be indexed with them, and the
     * questions would no longer describe the folder: the generator writes only into an empty one.
     */
    private static void refuseOldPages(Path pages) throws IOException {
        if (!Files.isDirectory(pages)) {
            return;
        }
        try (Stream<Path> entries = Files.list(pages)) {
            if (entries.findAny().isPresent()) {
                throw new IOException(pages + " already holds files; give an empty or new --out folder");
            }
        }
    }
}
