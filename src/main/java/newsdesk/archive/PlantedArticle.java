package newsdesk.archive;

import java.time.LocalDate;

/**
 * One article of a planted fact: the right one or a look-alike decoy, where it is printed and what
 * it says. Its figure is different from every other planted article's, so a quote shows which of
 * them an answer came from.
 */
record PlantedArticle(Role role, LocalVocabulary.Programme programme, LocalVocabulary.Place place, int year,
                      int figure, Slot slot, String headline) {

    enum Role {
        RIGHT("right"), ANOTHER_PLACE("another place"), ANOTHER_YEAR("another year");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** Where on which page of which day an article is printed; {@code position} counts from 0. */
    record Slot(LocalDate day, int page, int position) {
        String fileName() {
            return ArchiveCalendar.fileName(day, page);
        }
    }

    /** The printed standard, the string a correct quote must hold: 每户4350元. */
    String answer() {
        return programme.unit() + figure + "元";
    }

    /** The sentence that states the fact; it is printed without any of the page's noise. */
    String factSentence() {
        // Three wordings, picked by the figure so that the plan stays the only random choice.
        return switch (figure % 3) {
            case 0 -> "%d年，%s%s标准为%s。".formatted(year, place.name(), programme.name(), answer());
            case 1 -> "记者了解到，%s%d年%s标准确定为%s，资金已全部拨付到位。".formatted(place.name(), year,
                    programme.name(), answer());
            default -> "据%s相关负责人介绍，%d年当地%s按照%s的标准发放。".formatted(place.name(), year,
                    programme.name(), answer());
        };
    }

    boolean headlineNamesProgramme() {
        return headline.contains(programme.name());
    }
}
