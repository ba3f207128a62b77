package newsdesk.archive;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to generate.
 *
 * @param start       the first day of pages
 * @param days        how many consecutive days have pages
 * @param pagesPerDay pages printed each day (the city daily prints about 8)
 * @param facts       planted facts; each takes three articles (the right one and two decoys)
 * @param seed        the only source of randomness: the same seed writes byte-identical files
 * @param out         the folder written: {@code pages/} and {@code planted-questions.jsonl}
 * @param squadFile   an optional SQuAD-format file (CMRC 2018) whose contexts add body sentences
 */
record ArchiveSpec(LocalDate start, int days, int pagesPerDay, int facts, long seed, Path out,
                   @Nullable Path squadFile) {

    /** A city daily prints about 8 pages; a bound keeps a typo from writing millions of files. */
    static final int MAX_PAGES_PER_DAY = 32;
    static final int MAX_FACTS = 300;

    ArchiveSpec {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(out, "out");
        if (days < 1) {
            throw new IllegalArgumentException("the archive needs at least one day, got " + days);
        }
        if (pagesPerDay < 1 || pagesPerDay > MAX_PAGES_PER_DAY) {
            throw new IllegalArgumentException("pages per day must be 1.." + MAX_PAGES_PER_DAY + ", got " + pagesPerDay);
        }
        // Every planted figure is unique within its unit (每亩 has 960 plausible values), so that a quote
        // tells which planted article it came from; 300 facts keep the draws of figures far from exhausted.
        if (facts < 0 || facts > MAX_FACTS) {
            throw new IllegalArgumentException("planted facts must be 0.." + MAX_FACTS + ", got " + facts);
        }
        // A page holds at least 5 articles; planted ones may take up to two thirds of those, so that a
        // month still holds issue 13's 200 facts (600 planted articles of about 1,600) and every planted
        // article finds a free slot in a few draws.
        long slots = (long) ArchiveCalendar.MIN_ARTICLES_PER_PAGE * days * pagesPerDay;
        if (3L * facts * 3 > slots * 2) {
            throw new IllegalArgumentException("%d planted facts need %d articles; %d days of %d pages hold too few"
                    .formatted(facts, 3L * facts, days, pagesPerDay));
        }
    }

    LocalDate end() {
        return start.plusDays(days - 1L);
    }

    Path pagesDir() {
        return out.resolve("pages");
    }

    Path questionsFile() {
        return out.resolve("planted-questions.jsonl");
    }
}
