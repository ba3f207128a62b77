package newsdesk.search;

/** Every Lucene field name of the passage index, so the writer and the searcher cannot drift apart. */
final class Fields {

    /** The passage's id, {@code articleId#n}: indexed for updates and deletes, doc values to break score ties. */
    static final String PASSAGE_ID = "passage_id";
    /** The article the passage belongs to: indexed so an article's passages can be replaced together. */
    static final String ARTICLE_ID = "article_id";
    /** Stored only: the article's headline as printed. */
    static final String TITLE = "title";
    /** The headline as HanLP words; searched with a lower weight than the text. */
    static final String TITLE_WORDS = "title_words";
    /** The headline as CJK bigrams. */
    static final String TITLE_BIGRAMS = "title_bigrams";
    /** Stored only: the passage as it reads in the cleaned article. */
    static final String TEXT = "text";
    /** The passage as HanLP words: the main BM25 field. */
    static final String TEXT_WORDS = "text_words";
    /** The passage as CJK bigrams, for names the segmenter cuts differently in page and question. */
    static final String TEXT_BIGRAMS = "text_bigrams";
    /** Stored only: the edition date, ISO-8601, absent when unknown. */
    static final String DATE = "date";
    /** Stored only: the page number, absent when unknown. */
    static final String PAGE = "page";
    /** Stored only: the page file the article came from. */
    static final String SOURCE = "source";
    /** Stored only: news, reprint, photo or brief. */
    static final String KIND = "kind";
    /** bge-small-zh-v1.5 vector of the text, unit length, so dot product is the cosine. */
    static final String VECTOR = "vector";
    /** Binary doc value: the vectors of the passage's sentences ({@link SentenceVectors}), written with its vector. */
    static final String SENTENCE_VECTORS = "sentence_vectors";

    /** The edition date as a day number, for date-range filters; absent when unknown. */
    /** First and last day the page may be from (epoch days): a month is a range, so filters test overlap. */
    static final String DATE_FIRST = "date_first";
    static final String DATE_LAST = "date_last";
    static final String DATE_INFERRED = "date_inferred";
    /** Local place names the article mentions, one value each, for the place filter. */
    static final String PLACE = "place";
    /** The kinds of those places (TOWNSHIP…), so that a question about one township passes articles naming none. */
    static final String PLACE_KIND = "place_kind";

    /** Whether a document is a passage or a whole article kept for display. */
    static final String RECORD_TYPE = "record_type";
    /** The {@link #RECORD_TYPE} of a whole article. */
    static final String RECORD_ARTICLE = "article";
    /** The page file, indexed (not analysed) so a refresh can replace one file's documents. */
    static final String SOURCE_KEY = "source_key";
    /** Stored only: the article's order on its page. */
    static final String POSITION = "position";
    /** Stored only: kicker, sub-headline or unit line. */
    static final String SUBTITLE = "subtitle";
    /** Stored only: edition and section, absent when unknown. */
    static final String EDITION = "edition";
    static final String SECTION = "section";
    /** Stored only: where a continued article goes on, and what a reprint was first printed in. */
    static final String CONTINUED_ON = "continued_on";
    static final String REPRINTED_FROM = "reprinted_from";
    /** Stored only, one value each: reporters, body paragraphs and photo captions of a whole article. */
    static final String REPORTERS = "reporters";
    static final String PARAGRAPHS = "paragraphs";
    static final String CAPTIONS = "captions";

    /**
     * Commit user data, one key per page file ({@code file:NAME}): the content hash of the file as
     * indexed, so a refresh knows which files changed. The whole map is written by every commit.
     */
    static final String COMMIT_FILE_HASH_PREFIX = "file:";

    /** Commit user data: whether the build computed vectors. */
    static final String COMMIT_EMBEDDED = "embedded";

    /** Commit user data: the shape of the documents, {@link #SCHEMA} when this build wrote them. */
    static final String COMMIT_SCHEMA = "schema";

    /**
     * The documents' shape; raise it when a field is added or changes meaning (2: publication dates as
     * first and last day, for months; 3: places found by suffix and tag too, and their kinds), so an index an older build wrote is rebuilt instead of searched
     * for fields it lacks.
     */
    static final String SCHEMA = "3";

    private Fields() {
    }
}
