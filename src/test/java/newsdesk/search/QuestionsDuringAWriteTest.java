package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import newsdesk.ingest.PublicationDate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionsDuringAWriteTest {

    @TempDir
    Path folder;

    @Test
    void aQuestionIsAnsweredFromTheServedIndexWhileARefreshIsStillEmbeddingItsPassages() throws Exception {
        ExecutorService refresh = Executors.newSingleThreadExecutor();
        try (PassageIndex index = new PassageIndex(FSDirectory.open(folder), FSDirectory.open(folder), TestAnalysis.ANALYZERS.perField(), 2)) {
            index.build(List.of(passage("served")), null);
            CountDownLatch embedding = new CountDownLatch(1);
            CountDownLatch mayFinish = new CountDownLatch(1);
            Function<Passage, PassageVectors> slowEmbedding = passage -> {
                embedding.countDown();
                await(mayFinish);
                return new PassageVectors(new float[Embedder.DIMENSIONS], new byte[0]);
            };
            Future<IndexSummary> write = refresh.submit(() -> index.write(new IndexChange(false, Set.of(),
                    List.of(passage("added")), passage -> List.of(), List.of(), slowEmbedding, Map.of())));
            assertThat(embedding.await(10, TimeUnit.SECONDS)).as("the refresh started embedding").isTrue();

            List<IndexedPassage> found = CompletableFuture.supplyAsync(() -> {
                index.open();
                return index.search(new TermQuery(new Term(Fields.PASSAGE_ID, "served#0")), 5);
            }).get(5, TimeUnit.SECONDS);

            assertThat(found).hasSize(1);
            mayFinish.countDown();
            write.get(10, TimeUnit.SECONDS);
            assertThat(index.search(new TermQuery(new Term(Fields.PASSAGE_ID, "added#0")), 5)).hasSize(1);
        } finally {
            refresh.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Passage passage(String id) {
        return new Passage(id + "#0", id, "标题", PublicationDate.UNKNOWN, null, id + ".txt", "news", "城乡居民医保缴费标准为每人每年380元。");
    }
}
