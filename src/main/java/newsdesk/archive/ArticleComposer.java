package newsdesk.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the text of an article: a filler report about a place of the city, or a planted report
 * whose body holds one fact sentence among ordinary sentences, as a real report buries its figure.
 */
final class ArticleComposer {

    /** 10–25 sentences: about 790 characters an article (CMRC sentences average about 45), as issue 13 sized the paper. */
    private static final int MIN_SENTENCES = 10;
    private static final int MAX_SENTENCES = 25;

    private final SentencePool sentences;

    ArticleComposer(SentencePool sentences) {
        this.sentences = sentences;
    }

    ComposedArticle filler(SplittableRandom random) {
        LocalVocabulary.Place place = LocalVocabulary.place(random);
        String where = random.nextBoolean() ? place.township() : place.county();
        List<String> body = new ArrayList<>();
        int count = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
        for (int i = 0; i < count; i++) {
            body.add(sentences.next(random));
        }
        return new ComposedArticle(LocalVocabulary.topicHeadline(where, random), subHeadline(random),
                random.nextBoolean(), reporters(random), paragraphs(body, random), "");
    }

    ComposedArticle planted(PlantedArticle article, SplittableRandom random) {
        List<String> body = new ArrayList<>();
        body.add("近日，记者从%s了解到，当地持续加大惠民政策落实力度。".formatted(article.place().name()));
        int count = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
        for (int i = 1; i < count; i++) {
            body.add(sentences.next(random));
        }
        // Not the lead: the figure sits a few sentences in, where a passage split can part it from the place.
        String fact = article.factSentence();
        body.add(Math.min(body.size(), 2 + random.nextInt(4)), fact);
        return new ComposedArticle(article.headline(), "", random.nextBoolean(), reporters(random),
                paragraphs(body, random), fact);
    }

    private static List<String> reporters(SplittableRandom random) {
        List<String> names = new ArrayList<>();
        names.add(LocalVocabulary.reporter(random));
        for (int i = random.nextInt(3); i > 0; i--) {
            names.add(LocalVocabulary.reporter(random));
        }
        return names;
    }

    private static String subHeadline(SplittableRandom random) {
        return random.nextInt(8) == 0 ? "——" + LocalVocabulary.topicHeadline(LocalVocabulary.place(random).county(),
                random) + "综述" : "";
    }

    /** Paragraphs of one to five sentences. */
    private static List<List<String>> paragraphs(List<String> body, SplittableRandom random) {
        List<List<String>> paragraphs = new ArrayList<>();
        int i = 0;
        while (i < body.size()) {
            int length = Math.min(body.size() - i, 1 + random.nextInt(5));
            paragraphs.add(body.subList(i, i + length));
            i += length;
        }
        return paragraphs;
    }
}
