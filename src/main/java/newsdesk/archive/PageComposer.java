package newsdesk.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import newsdesk.archive.FactPlanner.PlantedFact;
import newsdesk.archive.PlantedArticle.Slot;

/** The articles of one page, in print order: filler reports and the planted articles that fall on it. */
final class PageComposer {

    private final ArchiveCalendar calendar;
    private final ArticleComposer articles;
    private final PageLayout layout = new PageLayout();
    private final Map<Slot, PlantedArticle> planted = new HashMap<>();

    PageComposer(ArchiveCalendar calendar, ArticleComposer articles, List<PlantedFact> facts) {
        this.calendar = calendar;
        this.articles = articles;
        facts.forEach(fact -> fact.articles().forEach(article -> planted.put(article.slot(), article)));
    }

    List<ComposedArticle> compose(LocalDate day, int page) {
        SplittableRandom random = calendar.random(day, page, ArchiveCalendar.TEXT);
        int count = calendar.articlesOn(day, page);
        List<ComposedArticle> composed = new ArrayList<>(count);
        for (int position = 0; position < count; position++) {
            PlantedArticle article = planted.get(new Slot(day, page, position));
            composed.add(article == null ? articles.filler(random) : articles.planted(article, random));
        }
        return composed;
    }

    /** The page file's text. */
    String text(LocalDate day, int page) {
        return layout.render(compose(day, page), calendar.random(day, page, ArchiveCalendar.LAYOUT));
    }
}
