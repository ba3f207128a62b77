package newsdesk.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import newsdesk.text.ChineseText;
import newsdesk.text.SentenceSplitter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sentences article bodies are made of. Always the sentences of the bundled sample pages (in the
 * jar, so the generator works from a clean clone and in CI); optionally also the contexts of a
 * SQuAD-format file such as CMRC 2018, which only some machines have, for bodies that repeat less.
 */
final class SentencePool {

    static final String BUNDLED = "/newsdesk/archive/sample-page-sentences.txt";
    private static final int MIN_CHARS = 12;
    private static final int MAX_CHARS = 120;
    /** A stated standard in filler text could equal a planted answer and make its question ambiguous. */
    private static final Pattern STANDARD = Pattern.compile("每[户亩人]\\s*\\d");

    private final List<String> sentences;
    private final int bundled;

    private SentencePool(List<String> sentences, int bundled) {
        this.sentences = List.copyOf(sentences);
        this.bundled = bundled;
    }

    static SentencePool load(JsonMapper json, @Nullable Path squadFile) {
        List<String> sentences = new ArrayList<>(bundledSentences());
        int bundled = sentences.size();
        if (squadFile != null) {
            SentenceSplitter splitter = new SentenceSplitter();
            JsonNode root = json.readTree(squadFile.toFile());
            for (JsonNode article : root.path("data")) {
                for (JsonNode paragraph : article.path("paragraphs")) {
                    splitter.split(paragraph.path("context").asString()).stream()
                            .filter(SentencePool::usable).forEach(sentences::add);
                }
            }
        }
        return new SentencePool(sentences, bundled);
    }

    String next(SplittableRandom random) {
        return sentences.get(random.nextInt(sentences.size()));
    }

    int size() {
        return sentences.size();
    }

    /** Where the sentences came from, as the docs and the command's summary name it. */
    String describe() {
        return sentences.size() == bundled ? "%d sample-page sentences (bundled)".formatted(bundled)
                : "%d sample-page sentences (bundled) + %d SQuAD-file sentences".formatted(bundled,
                sentences.size() - bundled);
    }

    /** Whole Chinese sentences of a readable length; headings, tables and English are left out. */
    static boolean usable(String sentence) {
        int length = sentence.length();
        if (length < MIN_CHARS || length > MAX_CHARS || STANDARD.matcher(sentence).find()
                || !ChineseText.endsAtFullStop(sentence)) {
            return false;
        }
        long han = sentence.codePoints().filter(ChineseText::isHan).count();
        return han * 4 >= length * 3L;
    }

    private static List<String> bundledSentences() {
        try (InputStream in = SentencePool.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the jar");
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(SentencePool::usable).forEach(lines::add);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
