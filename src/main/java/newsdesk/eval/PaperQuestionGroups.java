package newsdesk.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import newsdesk.answer.AnswerService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fitting groups from question sets about the paper itself ({@code eval --questions} files), asked of the
 * served index: CMRC's questions paraphrase their answer sentence, a citizen's question about a news page
 * rarely does, and the sentence that is closest in meaning there is often the article's opening summary.
 * Only answerable questions count; a sentence is a positive when it holds a gold string, compared as
 * {@code eval --questions} compares the quote.
 *
 * @param weight how many times each group counts in the fit, so that a few dozen questions weigh against
 *               CMRC trial's thousand
 */
record PaperQuestionGroups(List<Path> files, int weight, LocalDate fallbackToday) {

    PaperQuestionGroups {
        files = List.copyOf(files);
        if (weight < 1) {
            throw new IllegalArgumentException("the weight of the paper's questions must be at least 1, got " + weight);
        }
    }

    /**
     * @param embedded only questions whose candidates all have sentence vectors, or only those whose candidates
     *                 have none: each weight set is fitted on the candidates it will score
     */
    List<WeightFitting.Group> groups(AnswerService answers, JsonMapper json, boolean embedded) throws IOException {
        List<WeightFitting.Group> groups = new ArrayList<>();
        for (Path file : files) {
            for (QuestionSetEvaluation.Case testCase : QuestionSetFile.read(file, json)) {
                if (testCase.shouldAbstain() || testCase.gold().isEmpty() || testCase.list() != null) {
                    continue;
                }
                LocalDate today = testCase.today() != null ? testCase.today() : fallbackToday;
                List<AnswerService.FeatureRow> rows = answers.features(testCase.question(), today);
                if (rows.isEmpty() || rows.stream().anyMatch(row -> row.features().embedded() != embedded)) {
                    continue;
                }
                List<String> gold = testCase.gold().stream().map(GoldQuotes::comparable).toList();
                WeightFitting.Group group = WeightFitting.Group.of(rows, sentence -> {
                    String comparable = GoldQuotes.comparable(sentence);
                    return gold.stream().anyMatch(comparable::contains);
                });
                groups.addAll(Collections.nCopies(weight, group));
            }
        }
        return groups;
    }
}
