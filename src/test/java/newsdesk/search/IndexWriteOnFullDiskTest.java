package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import newsdesk.ingest.PublicationDate;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexWriteOnFullDiskTest {

    @TempDir
    Path folder;

    @Test
    void aWriteThatRunsOutOfDiskLeavesOnlyTheLastGoodIndexAndTheNextWriteSucceeds() throws IOException {
        DiskFullDirectory disk = new DiskFullDirectory(FSDirectory.open(folder));
        try (PassageIndex index = new PassageIndex(disk, disk, TestAnalysis.ANALYZERS.perField(), 2)) {
            index.build(passages("first", 3), null);
            List<String> goodFiles = files(disk);

            disk.fillUpAfter(20_000);
            assertThatThrownBy(() -> index.write(addition(passages("second", 400))))
                    .isInstanceOf(IndexUpdateException.class)
                    .rootCause().hasMessageContaining("No space left on device");

            assertThat(files(disk)).as("files after the failed write").isEqualTo(goodFiles);
            assertThat(index.search(new TermQuery(new Term(Fields.PASSAGE_ID, "first-1#0")), 5))
                    .as("the last good index still answers").hasSize(1);

            disk.freeSpace();
            index.write(addition(passages("second", 400)));
            assertThat(index.search(new TermQuery(new Term(Fields.PASSAGE_ID, "second-399#0")), 5)).hasSize(1);
        }
    }

    private static List<String> files(DiskFullDirectory disk) throws IOException {
        return Arrays.stream(disk.listAll()).filter(name -> !name.equals(IndexWriter.WRITE_LOCK_NAME)).sorted().toList();
    }

    private static IndexChange addition(List<Passage> passages) {
        return new IndexChange(false, Set.of(), passages, passage -> List.of(), List.of(), null, java.util.Map.of());
    }

    private static List<Passage> passages(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> new Passage(prefix + "-" + i + "#0", prefix + "-" + i,
                "第" + i + "篇", PublicationDate.UNKNOWN, null, prefix + ".txt", "news",
                "今年全市城乡居民基本医疗保险个人缴费标准为每人每年380元，第" + i + "项补贴按季度发放到户。")).toList();
    }
}
