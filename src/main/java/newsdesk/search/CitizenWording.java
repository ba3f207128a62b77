package newsdesk.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The editable list of everyday words residents use for the paper's official terms (娃 → 子女, 上班 →
 * 就业), one line per everyday word: {@code 娃 孩子 子女}; {@code #} starts a comment line.
 *
 * <p>Both sides are kept in the segmenter's words too, because that is how a question and the index
 * meet them: a head the segmenter cuts into several words (找工作 → 找/工作) matches those words in a
 * row, and an alternative of several words (社会保障 → 社会/保障) occurs in the index when each of its
 * words does. Lines that cannot work are skipped and listed in {@link #problems()}, so start-up can
 * say which line to fix.
 */
final class CitizenWording {

    /** A word or phrase of the list, with the segmenter's words of it. */
    record Phrase(String text, List<String> words) {
    }

    /** An everyday word and the official words to try in its place. */
    record Entry(Phrase head, List<Phrase> alternatives) {
    }

    static final CitizenWording NONE = new CitizenWording(List.of(), List.of());

    private final List<Entry> entries;
    private final List<String> problems;
    /** Heads by their first word, so a question is matched in one pass over its words. */
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    CitizenWording(List<Entry> entries, List<String> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
        entries.forEach(entry -> byFirstWord.computeIfAbsent(entry.head().words().getFirst(), first -> new ArrayList<>())
                .add(entry));
    }

    List<Entry> entries() {
        return entries;
    }

    /** One message per skipped line or dropped alternative, naming the line. */
    List<String> problems() {
        return problems;
    }

    /** Reads the list; a missing file means no everyday words ({@link DictionaryLines}). */
    static CitizenWording read(Path file, Function<String, List<String>> words) {
        List<DictionaryLines.Line> lines = DictionaryLines.read(file, "synonym list");
        return lines.isEmpty() ? NONE : fromLines(lines, words);
    }

    static CitizenWording parse(List<String> lines, Function<String, List<String>> words) {
        return fromLines(DictionaryLines.of(lines), words);
    }

    private static CitizenWording fromLines(List<DictionaryLines.Line> lines, Function<String, List<String>> words) {
        Map<String, Entry> byHead = new LinkedHashMap<>();
        Map<String, Integer> lineOfHead = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (DictionaryLines.Line line : lines) {
            int number = line.number();
            String[] parts = line.text().split("\\s+");
            String head = parts[0];
            List<String> headWords = words.apply(head);
            if (headWords.isEmpty()) {
                problems.add("line " + number + ": " + head + " has no word to match");
                continue;
            }
            Map<String, Phrase> alternatives = new LinkedHashMap<>();
            for (int j = 1; j < parts.length; j++) {
                List<String> cut = words.apply(parts[j]);
                if (parts[j].equals(head)) {
                    problems.add("line " + number + ": " + head + " lists itself");
                } else if (cut.isEmpty()) {
                    problems.add("line " + number + ": " + parts[j] + " has no word to match");
                } else {
                    alternatives.put(parts[j], new Phrase(parts[j], cut));
                }
            }
            if (alternatives.isEmpty()) {
                problems.add("line " + number + ": " + head + " has no usable alternative");
                continue;
            }
            Entry earlier = byHead.get(head);
            if (earlier != null) {
                problems.add("line " + number + ": " + head + " is already listed on line " + lineOfHead.get(head)
                        + "; the alternatives are merged");
                Map<String, Phrase> merged = new LinkedHashMap<>();
                earlier.alternatives().forEach(phrase -> merged.put(phrase.text(), phrase));
                merged.putAll(alternatives);
                alternatives = merged;
            } else {
                lineOfHead.put(head, number);
            }
            byHead.put(head, new Entry(new Phrase(head, List.copyOf(headWords)), List.copyOf(alternatives.values())));
        }
        return new CitizenWording(new ArrayList<>(byHead.values()), problems);
    }

    /** Every head whose words stand in a row in the question's words, in question order. */
    List<Entry> find(List<String> questionWords) {
        List<Entry> found = new ArrayList<>();
        for (int start = 0; start < questionWords.size(); start++) {
            for (Entry entry : byFirstWord.getOrDefault(questionWords.get(start), List.of())) {
                List<String> head = entry.head().words();
                if (start + head.size() <= questionWords.size()
                        && questionWords.subList(start, start + head.size()).equals(head)) {
                    found.add(entry);
                }
            }
        }
        return found;
    }

    /** The list's entry for one word or phrase, if it is a head. */
    Optional<Entry> entry(String head) {
        return entries.stream().filter(entry -> entry.head().text().equals(head)).findFirst();
    }
}
