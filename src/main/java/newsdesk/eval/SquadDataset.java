package newsdesk.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contexts pooled from SQuAD v1.1-format files (CMRC 2018 is one) and the questions of the first
 * file. A context printed in several files is pooled once; a question's gold is the context it was
 * written on.
 */
record SquadDataset(List<Context> contexts, List<Question> questions) {

    record Context(String id, String title, String text) {
    }

    /** @param answers the gold answer texts, for answer-level checks */
    record Question(String id, String text, String contextId, List<String> answers) {
    }

    SquadDataset {
        contexts = List.copyOf(contexts);
        questions = List.copyOf(questions);
    }

    static SquadDataset read(JsonMapper json, List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("at least one SQuAD file is needed");
        }
        Map<String, Context> contextsByText = new LinkedHashMap<>();
        List<Question> questions = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            JsonNode root = json.readTree(files.get(f).toFile());
            for (JsonNode article : root.path("data")) {
                String title = article.path("title").asString("");
                for (JsonNode paragraph : article.path("paragraphs")) {
                    String text = paragraph.path("context").asString("");
                    Context context = contextsByText.computeIfAbsent(text,
                            t -> new Context("ctx%05d".formatted(contextsByText.size()), title, t));
                    if (f == 0) {
                        for (JsonNode qa : paragraph.path("qas")) {
                            List<String> answers = new ArrayList<>();
                            qa.path("answers").forEach(answer -> answers.add(answer.path("text").asString("")));
                            questions.add(new Question(qa.path("id").asString(""), qa.path("question").asString(""),
                                    context.id(), answers));
                        }
                    }
                }
            }
        }
        return new SquadDataset(new ArrayList<>(contextsByText.values()), questions);
    }

    long characters() {
        return contexts.stream().mapToLong(context -> context.text().length()).sum();
    }
}
