package newsdesk.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsdesk.answer.AnswerService;
import newsdesk.answer.SentenceFeatures;
import newsdesk.answer.SentenceWeights;
import newsdesk.search.PassageHit;
import newsdesk.search.Ranking;
import newsdesk.search.SearchService;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fits the committed sentence weights on one SQuAD file's questions and reports answer-sentence
 * hit@1 before and after, on those questions and on a second file's. Run by
 * {@code eval --squad trial.json dev.json --fit-weights src/main/resources/newsdesk/answer/sentence-weights-embedded.properties}
 * for sentences with vectors, and with {@code --lexical-only} into {@code sentence-weights.properties} for those without.
 */
final class WeightFitReport {

    /** Enough steps for the loss to settle to four decimals on CMRC trial; the rate suits features in [0, 1]. */
    private static final WeightFitting FITTING = new WeightFitting(5000, 1.0, 1e-4);
    private static final int PASSAGES = 20;

    private final AnswerService answers;
    private final SearchService index;
    private final JsonMapper json;
    private final Ranking ranking;
    private final @Nullable PaperQuestionGroups paper;

    WeightFitReport(AnswerService answers, SearchService index, JsonMapper json, Ranking ranking,
                    @Nullable PaperQuestionGroups paper) {
        this.paper = paper;
        this.ranking = ranking;
        this.answers = answers;
        this.index = index;
        this.json = json;
    }

    void fitAndWrite(List<Path> files, Path target, PrintWriter out) throws IOException {
        List<WeightFitting.Group> cmrc = groups(SquadDataset.read(json, List.of(files.getFirst())));
        boolean embedded = ranking == Ranking.RERANKED;
        List<WeightFitting.Group> paperGroups = paper == null ? List.of() : paper.groups(answers, json, embedded);
        List<WeightFitting.Group> training = new ArrayList<>(cmrc);
        training.addAll(paperGroups);
        double[] before = SentenceWeights.fitted().forCandidates(embedded);
        // From zero, not from the committed weights, so the same command always writes the same file.
        double[] after = FITTING.fit(training, new double[before.length]);
        out.printf("fitted on %d questions of %s: loss %.4f -> %.4f%n", cmrc.size(), files.getFirst().getFileName(),
                WeightFitting.loss(training, before), WeightFitting.loss(training, after));
        out.printf("  hit@1 on %s: %.3f -> %.3f%n", files.getFirst().getFileName(), hitAt1(cmrc, before),
                hitAt1(cmrc, after));
        if (paper != null) {
            out.printf("  and on %d questions of %s about the served index's pages, each counted %d times: "
                    + "hit@1 %.3f -> %.3f%n", paperGroups.size() / paper.weight(),
                    paper.files().stream().map(Path::getFileName).toList(), paper.weight(),
                    hitAt1(paperGroups, before), hitAt1(paperGroups, after));
        }
        if (files.size() > 1) {
            List<WeightFitting.Group> held = groups(SquadDataset.read(json, List.of(files.get(1))));
            out.printf("  hit@1 on %s (not fitted on): %.3f -> %.3f%n", files.get(1).getFileName(),
                    hitAt1(held, before), hitAt1(held, after));
        }
        String alsoOn = paper == null ? "" : paper.files().stream().map(f -> " --fit-also " + f.getFileName())
                .reduce("", String::concat) + " --fit-also-weight " + paper.weight() + " --today " + paper.fallbackToday();
        String header = "Sentence-scoring weights for candidates " + (embedded ? "with" : "without")
                + " sentence vectors, fitted by: eval --squad " + files.stream()
                .map(f -> f.getFileName().toString()).reduce((a, b) -> a + " " + b).orElse("")
                + (embedded ? "" : " --lexical-only") + alsoOn + " --fit-weights <this file>\nListwise softmax over "
                + "each question's candidate sentences (top 3 passages, " + (embedded ? "re-ranked by cosine" : "BM25")
                + "); positives hold a gold answer.";
        Files.writeString(target, SentenceWeights.propertiesText(after, header), StandardCharsets.UTF_8);
        SentenceFeatures.NAMES.forEach(name -> out.printf("  %-14s %8.4f%n", name,
                after[SentenceFeatures.NAMES.indexOf(name)]));
        out.println("wrote " + target);
        out.flush();
    }

    private List<WeightFitting.Group> groups(SquadDataset dataset) {
        List<WeightFitting.Group> groups = new ArrayList<>();
        for (SquadDataset.Question question : dataset.questions()) {
            List<PassageHit> hits = index.search(question.text(), PASSAGES, ranking);
            List<AnswerService.FeatureRow> rows = answers.features(question.text(), hits, index);
            if (rows.isEmpty()) {
                continue;
            }
            groups.add(WeightFitting.Group.of(rows, sentence -> question.answers().stream().anyMatch(sentence::contains)));
        }
        return groups;
    }

    /** Share of all groups (positives or not) whose best-scored candidate is a positive. */
    private static double hitAt1(List<WeightFitting.Group> groups, double[] w) {
        int hits = 0;
        for (WeightFitting.Group group : groups) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < group.features().length; i++) {
                double score = 0;
                for (int j = 0; j < w.length; j++) {
                    score += w[j] * group.features()[i][j];
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            hits += group.positive()[best] ? 1 : 0;
        }
        return groups.isEmpty() ? 0 : (double) hits / groups.size();
    }
}
