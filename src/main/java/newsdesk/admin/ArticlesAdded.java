package newsdesk.admin;

import java.util.List;

/**
 * Published after a refresh committed articles the index did not hold before (new pages, or new articles
 * on a replaced page), for features downstream that act on news, such as subscriptions. Not published for
 * the first build of an index, when every article is "new" and none is news.
 *
 * @param articleIds the new articles, in the order they were committed
 */
public record ArticlesAdded(List<String> articleIds) {

    public ArticlesAdded {
        articleIds = List.copyOf(articleIds);
    }
}
