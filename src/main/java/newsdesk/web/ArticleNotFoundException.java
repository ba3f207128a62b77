package newsdesk.web;

/** No article in the served index has this id: a stale link, or an article removed by a refresh. */
class ArticleNotFoundException extends RuntimeException {

    private final String articleId;

    private ArticleNotFoundException(String articleId) {
        super("no article with id " + articleId);
        this.articleId = articleId;
    }

    static ArticleNotFoundException forId(String articleId) {
        return new ArticleNotFoundException(articleId);
    }

    String articleId() {
        return articleId;
    }
}
