package newsdesk.answer;

import newsdesk.answer.dates.DateProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

/** The answer settings exactly as the application binds them with no configuration given. */
final class AnswerDefaults {

    static final AnswerProperties PROPERTIES = Binder.get(new StandardEnvironment())
            .bindOrCreate("newsdesk.answer", AnswerProperties.class);

    static final ArticleListProperties LISTS = Binder.get(new StandardEnvironment())
            .bindOrCreate("newsdesk.answer.list", ArticleListProperties.class);
    static final DateProperties DATES = Binder.get(new StandardEnvironment())
            .bindOrCreate("newsdesk.dates", DateProperties.class);
    static final PlaceProperties PLACES = Binder.get(new StandardEnvironment())
            .bindOrCreate("newsdesk.answer.places", PlaceProperties.class);

    private AnswerDefaults() {
    }
}
