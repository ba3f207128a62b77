package newsdesk.eval;

import java.util.ArrayList;
import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerKind;
import newsdesk.answer.Citation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a broad question's answer must hold to count as correct: a list ({@code kind: "list"}) of at least
 * {@code min_items} articles, at least one of whose titles contains one of {@code should_include_titles_any}.
 */
record ListExpectation(int minItems, List<String> titlesAny) {

    /** The expectation of a question-set line with {@code "expect_list": true}; null for any other line. */
    static @Nullable ListExpectation of(JsonNode line) {
        if (!line.path("expect_list").asBoolean(false)) {
            return null;
        }
        List<String> titles = new ArrayList<>();
        line.path("should_include_titles_any").forEach(title -> titles.add(title.asString()));
        return new ListExpectation(line.path("min_items").asInt(1), List.copyOf(titles));
    }

    boolean heldBy(Answer answer) {
        if (answer.kind() != AnswerKind.LIST || answer.citations().size() < minItems) {
            return false;
        }
        // Titles in the set are copied from the raw pages, with their spacing and full-width marks.
        List<String> wanted = titlesAny.stream().map(GoldQuotes::comparable).toList();
        return answer.citations().stream().map(Citation::title).map(GoldQuotes::comparable)
                .anyMatch(title -> titlesAny.isEmpty() || wanted.stream().anyMatch(title::contains));
    }
}
