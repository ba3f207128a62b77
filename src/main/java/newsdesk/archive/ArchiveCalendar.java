package newsdesk.archive;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Days, pages and how many articles each page holds. Every page draws from its own random stream,
 * derived from the seed, the day and the page, so a page's content does not depend on how many
 * pages were written before it: the same seed gives the same page whether one month or ten years
 * are generated, and pages can be written one at a time without keeping the others.
 */
final class ArchiveCalendar {

    static final int MIN_ARTICLES_PER_PAGE = 5;
    static final int MAX_ARTICLES_PER_PAGE = 8;

    /** Salts keep the streams apart: a page's article count, its text, its layout, and the plan of the facts. */
    private static final long COUNT = 0x9E3779B97F4A7C15L;
    static final long TEXT = 0xBF58476D1CE4E5B9L;
    static final long LAYOUT = 0x94D049BB133111EBL;
    private static final long PLAN = 0xC2B2AE3D27D4EB4FL;

    private final ArchiveSpec spec;

    ArchiveCalendar(ArchiveSpec spec) {
        this.spec = spec;
    }

    Stream<LocalDate> days() {
        return Stream.iterate(spec.start(), day -> !day.isAfter(spec.end()), day -> day.plusDays(1));
    }

    int pagesPerDay() {
        return spec.pagesPerDay();
    }

    LocalDate start() {
        return spec.start();
    }

    LocalDate end() {
        return spec.end();
    }

    int articlesOn(LocalDate day, int page) {
        return MIN_ARTICLES_PER_PAGE
                + random(day, page, COUNT).nextInt(MAX_ARTICLES_PER_PAGE - MIN_ARTICLES_PER_PAGE + 1);
    }

    /** The page's own stream; {@code salt} tells apart the streams one page needs. */
    SplittableRandom random(LocalDate day, int page, long salt) {
        long key = spec.seed() * 0x100000001B3L + day.toEpochDay() * 64 + page;
        return new SplittableRandom(key ^ salt);
    }

    /** The whole archive's stream for the planting of facts. */
    SplittableRandom planRandom() {
        return new SplittableRandom(spec.seed() ^ PLAN);
    }

    static String fileName(LocalDate day, int page) {
        return "%s_%02d.txt".formatted(day, page);
    }
}
