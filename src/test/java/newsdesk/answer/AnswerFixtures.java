package newsdesk.answer;

import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;

/** A real answer service over a given search service, with the settings the application binds by default. */
public final class AnswerFixtures {

    private AnswerFixtures() {
    }

    public static AnswerService over(SearchService search) {
        return new AnswerService(search, AnswerDefaults.PROPERTIES, SearchFixtures.tagger(),
                AnswerDefaults.LISTS);
    }
}
