package newsdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class GeneratedArchiveTest {

    private static final LocalDate START = LocalDate.of(2024, 12, 30);
    private final ArchiveGenerator generator = new ArchiveGenerator(JsonMapper.builder().build());

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesByteIdenticalFiles() throws IOException {
        generator.generate(spec(7, temp.resolve("first")));
        generator.generate(spec(7, temp.resolve("second")));

        List<Path> first = files(temp.resolve("first"));
        assertThat(first).hasSize(4 * 4 + 1);
        assertThat(files(temp.resolve("second"))).isEqualTo(first);
        for (Path relative : first) {
            assertThat(Files.readAllBytes(temp.resolve("second").resolve(relative)))
                    .as(relative.toString())
                    .isEqualTo(Files.readAllBytes(temp.resolve("first").resolve(relative)));
        }
    }

    @Test
    void anotherSeedPlantsOtherFactsOnOtherPages() throws IOException {
        generator.generate(spec(7, temp.resolve("seven")));
        generator.generate(spec(8, temp.resolve("eight")));

        List<String> seven = Files.readAllLines(temp.resolve("seven/planted-questions.jsonl"));
        List<String> eight = Files.readAllLines(temp.resolve("eight/planted-questions.jsonl"));
        assertThat(seven).hasSize(5).doesNotContainAnyElementsOf(eight);
        assertThat(Files.readString(temp.resolve("eight/pages/2024-12-30_01.txt")))
                .isNotEqualTo(Files.readString(temp.resolve("seven/pages/2024-12-30_01.txt")));
    }

    @Test
    void aFolderThatAlreadyHoldsPagesIsRefusedSoOldPagesAreNotMixedIn() throws IOException {
        Path out = temp.resolve("old");
        generator.generate(spec(7, out));

        assertThatThrownBy(() -> generator.generate(spec(8, out)))
                .isInstanceOf(IOException.class).hasMessageContaining("already holds files");
    }

    @Test
    void moreFactsThanThePagesCanHoldAreRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> new ArchiveSpec(START, 1, 2, 5, 7, temp, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hold too few");
    }

    /** Four days across a new year, so the year decoys fall into the archive's other year. */
    private static ArchiveSpec spec(long seed, Path out) {
        return new ArchiveSpec(START, 4, 4, 5, seed, out, null);
    }

    private static List<Path> files(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).map(root::relativize).sorted().forEach(files::add);
        }
        return files;
    }
}
