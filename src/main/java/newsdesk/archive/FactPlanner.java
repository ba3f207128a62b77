package newsdesk.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import newsdesk.archive.LocalVocabulary.Place;
import newsdesk.archive.LocalVocabulary.Programme;
import newsdesk.archive.PlantedArticle.Role;
import newsdesk.archive.PlantedArticle.Slot;

/**
 * Plants the facts: for each, the right article and two look-alikes that broke answers at scale
 * (issue 13) — the same programme in a neighbouring township the same year, and the same township
 * in another year with a changed figure. In about half of the facts only the decoys' headlines name
 * the programme. The plan is the one thing held for the whole archive, and it grows with the number
 * of facts, not with the years.
 */
final class FactPlanner {

    /** A planted fact with its decoys; the question asks for {@code right}. */
    record PlantedFact(int number, PlantedArticle right, PlantedArticle anotherPlace, PlantedArticle anotherYear) {
        List<PlantedArticle> articles() {
            return List.of(right, anotherPlace, anotherYear);
        }
    }

    private final ArchiveCalendar calendar;

    FactPlanner(ArchiveCalendar calendar) {
        this.calendar = calendar;
    }

    List<PlantedFact> plan(int facts) {
        SplittableRandom random = calendar.planRandom();
        Set<Slot> slots = new HashSet<>();
        Set<String> answers = new HashSet<>();
        // One programme, place and year is one article: a second would make its question ambiguous.
        Set<String> subjects = new HashSet<>();
        List<PlantedFact> planted = new ArrayList<>(facts);
        while (planted.size() < facts) {
            Programme programme = LocalVocabulary.programmes().get(random.nextInt(LocalVocabulary.programmes().size()));
            Place place = LocalVocabulary.place(random);
            Place neighbour = LocalVocabulary.neighbourOf(place, random);
            LocalDate day = randomDay(calendar.start(), calendar.end(), random);
            int year = day.getYear();
            int otherYear = otherYear(year, random);
            List<String> keys = List.of(subject(programme, place, year), subject(programme, neighbour, year),
                    subject(programme, place, otherYear));
            if (keys.stream().anyMatch(subjects::contains)) {
                continue;
            }
            subjects.addAll(keys);
            boolean onlyDecoysNameIt = random.nextBoolean();
            PlantedArticle right = article(Role.RIGHT, programme, place, year, day, !onlyDecoysNameIt, random,
                    slots, answers);
            PlantedArticle byPlace = article(Role.ANOTHER_PLACE, programme, neighbour, year,
                    dayIn(year, random), onlyDecoysNameIt || random.nextBoolean(), random, slots, answers);
            PlantedArticle byYear = article(Role.ANOTHER_YEAR, programme, place, otherYear,
                    dayIn(otherYear, random), onlyDecoysNameIt || random.nextBoolean(), random, slots, answers);
            planted.add(new PlantedFact(planted.size() + 1, right, byPlace, byYear));
        }
        return planted;
    }

    private PlantedArticle article(Role role, Programme programme, Place place, int year, LocalDate day,
                                   boolean headlineNamesProgramme, SplittableRandom random, Set<Slot> slots,
                                   Set<String> answers) {
        Slot slot;
        do {
            int page = 1 + random.nextInt(calendar.pagesPerDay());
            slot = new Slot(day, page, random.nextInt(calendar.articlesOn(day, page)));
        } while (!slots.add(slot));
        int figure;
        do {
            figure = figure(programme.unit(), random);
        } while (!answers.add(programme.unit() + figure));
        String headline = headlineNamesProgramme ? LocalVocabulary.programmeHeadline(place, programme, random)
                : random.nextBoolean() ? LocalVocabulary.genericHeadline(random)
                : LocalVocabulary.topicHeadline(place.township(), random);
        return new PlantedArticle(role, programme, place, year, figure, slot, headline);
    }

    /** Another year of the archive when it spans several, else the year before (a look back in the same pages). */
    private int otherYear(int year, SplittableRandom random) {
        int first = calendar.start().getYear();
        int last = calendar.end().getYear();
        if (first == last) {
            return year - 1;
        }
        int other;
        do {
            other = first + random.nextInt(last - first + 1);
        } while (other == year);
        return other;
    }

    /** A day of that year inside the archive; any day of the archive when the archive has none of it. */
    private LocalDate dayIn(int year, SplittableRandom random) {
        LocalDate from = max(calendar.start(), LocalDate.of(year, 1, 1));
        LocalDate to = min(calendar.end(), LocalDate.of(year, 12, 31));
        return from.isAfter(to) ? randomDay(calendar.start(), calendar.end(), random) : randomDay(from, to, random);
    }

    /** Plausible standards: hundreds to thousands of yuan a household or person, tens to hundreds a mu. */
    private static int figure(String unit, SplittableRandom random) {
        return switch (unit) {
            case "每亩" -> 30 + random.nextInt(960);
            case "每人" -> 10 * (30 + random.nextInt(500));
            default -> 10 * (120 + random.nextInt(860));
        };
    }

    private static LocalDate randomDay(LocalDate from, LocalDate to, SplittableRandom random) {
        return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    private static String subject(Programme programme, Place place, int year) {
        return programme.name() + "|" + place.name() + "|" + year;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
