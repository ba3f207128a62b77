package newsdesk.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;

/** A real answer service over a given search service, with the settings the application binds by default. */
public final class AnswerFixtures {

    private AnswerFixtures() {
    }

    /** Questions dated by the system clock, as in production. */
    public static AnswerService over(SearchService search) {
        return new AnswerService(search, AnswerDefaults.PROPERTIES, SearchFixtures.tagger(), SearchFixtures.thesaurus(), AnswerDefaults.LISTS,
                AnswerDefaults.DATES, AnswerDefaults.PLACES, Clock.system(AnswerDefaults.DATES.zone()));
    }

    /** Questions asked on {@code today}, so 昨天 and 上个月 mean the same days on every run. */
    public static AnswerService over(SearchService search, LocalDate today) {
        ZoneId zone = AnswerDefaults.DATES.zone();
        return new AnswerService(search, AnswerDefaults.PROPERTIES, SearchFixtures.tagger(), SearchFixtures.thesaurus(), AnswerDefaults.LISTS,
                AnswerDefaults.DATES, AnswerDefaults.PLACES, Clock.fixed(today.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone));
    }

    /** The answer engine's reading of questions over {@code search}, for front ends that compare questions. */
    public static QuestionAnalysis analysis(SearchService search) {
        return new QuestionAnalysis(search, SearchFixtures.tagger());
    }
}
