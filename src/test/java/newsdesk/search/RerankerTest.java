package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.ingest.PublicationDate;
import org.junit.jupiter.api.Test;

/** The dense re-rank over a mix of passages with and without vectors, as the "recent" vector policy leaves them. */
class RerankerTest {

    private final Reranker reranker = new Reranker(0.5);
    private final float[] question = {1, 0};

    @Test
    void anOldPassageWithoutAVectorKeepsItsLeadOverAWeakerNewOne() {
        IndexedPassage old = passage("old#0", 10, null);
        IndexedPassage recent = passage("new#0", 6, new float[] {0.8f, 0.6f});

        List<PassageHit> hits = reranker.rerank(List.of(old, recent), question);

        assertThat(hits).extracting(hit -> hit.passage().passageId()).containsExactly("old#0", "new#0");
        assertThat(hits.getFirst().cosine()).isNaN();
    }

    @Test
    void theCosineStillReordersPassagesThatHaveVectors() {
        IndexedPassage lexicalFirst = passage("a#0", 10, new float[] {0, 1});
        IndexedPassage closer = passage("b#0", 9, new float[] {1, 0});

        List<PassageHit> hits = reranker.rerank(List.of(lexicalFirst, closer), question);

        assertThat(hits).extracting(hit -> hit.passage().passageId()).containsExactly("b#0", "a#0");
    }

    private static IndexedPassage passage(String id, float score, float[] vector) {
        Passage passage = new Passage(id, id.substring(0, id.indexOf('#')), "标题", PublicationDate.UNKNOWN, null,
                id + ".txt", "news", "正文");
        return new IndexedPassage(passage, score, vector);
    }
}
