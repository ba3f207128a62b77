package newsdesk.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import newsdesk.answer.AnswerService;
import newsdesk.ingest.PublicationDate;
import newsdesk.search.IndexSummary;
import newsdesk.search.Passage;
import newsdesk.search.PassageHit;
import newsdesk.search.Ranking;
import newsdesk.search.SearchService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retrieval on a SQuAD-format benchmark through this project's own index and search code, in a
 * temporary index that leaves the served one alone. Each pooled context is one article of one
 * passage, so the ingest path is skipped.
 */
@Component
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Benchmark search and answers: --squad on SQuAD v1.1-format files (contexts of all files "
                + "pooled, questions of the first file), or --questions on a JSON-lines question set against the "
                + "served index.")
class SquadEvalCommand implements Callable<Integer> {

    /** Deep enough for R@20; article-level ranks come from these passages. */
    private static final int DEPTH = 20;
    /** Questions asked before timing starts, so JIT and caches are warm as in a running service. */
    private static final int WARM_UP = 200;

    private final SearchService search;
    private final JsonMapper json;
    private final AnswerService answers;
    private final QuestionSetReport questionSet;
    private final ConversationSetReport conversationSet;

    @Spec
    @Nullable CommandSpec spec;

    @Option(names = "--squad", arity = "1..*", paramLabel = "FILE",
            description = "SQuAD v1.1 JSON files; the first one's questions are asked.")
    List<Path> files = List.of();

    @Option(names = "--questions", paramLabel = "FILE",
            description = "JSON lines: {\"q\": …, \"any\": [gold strings]} or {\"q\": …, \"abstain\": true}.")
    @Nullable Path questions;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "With --questions: the day lines without "
            + "their own \"today\" are asked on (default: the configured clock's today).")
    java.time.@Nullable LocalDate today;

    @Option(names = "--conversations", paramLabel = "FILE", description = "JSON lines, one conversation each: "
            + "{\"turns\": [questions], \"expect\": [{\"any\": […]} | {\"abstain\": true} | {\"not_stated\": true}]}.")
    @Nullable Path conversations;

    @Option(names = "--no-memory", description = "With --conversations: answer each turn alone, as before follow-ups "
            + "were completed.")
    boolean noMemory;

    @Option(names = "--fit-weights", paramLabel = "FILE", description = "Fit the sentence-scoring weights on the "
            + "first file's questions (a sentence holding a gold answer is a positive), write them to FILE, and print "
            + "answer-sentence hit@1 with the old and new weights on the first and second file: the set for sentences "
            + "with vectors over re-ranked passages (sentence-weights-embedded.properties), or with --lexical-only the "
            + "set without, over BM25 passages (sentence-weights.properties).")
    @Nullable Path fitWeights;

    @Option(names = "--fit-also", paramLabel = "FILE", description = "With --fit-weights: also fit on the answerable "
            + "questions of these --questions files, asked of the served index (build it first, with vectors for the "
            + "embedded set); lines without a \"today\" are asked on --today.")
    List<Path> fitAlso = new java.util.ArrayList<>();

    @Option(names = "--fit-also-weight", paramLabel = "N", defaultValue = "1", description = "How many times each "
            + "--fit-also question counts against one CMRC question (default: ${DEFAULT-VALUE}).")
    int fitAlsoWeight;

    @Option(names = "--lexical-only", description = "Build without vectors and rank by BM25 only.")
    boolean lexicalOnly;

    @Option(names = "--no-titles", description = "Leave the SQuAD titles out of the index, as the published "
            + "CMRC retrieval figures do; a title often names the answer's topic outright.")
    boolean noTitles;

    SquadEvalCommand(SearchService search, JsonMapper json, AnswerService answers, QuestionSetReport questionSet,
                     ConversationSetReport conversationSet) {
        this.conversationSet = conversationSet;
        this.search = search;
        this.json = json;
        this.answers = answers;
        this.questionSet = questionSet;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec().commandLine().getOut();
        if (questions != null) {
            questionSet.print(questions, out, today);
            return 0;
        }
        if (conversations != null) {
            conversationSet.print(conversations, !noMemory, out);
            return 0;
        }
        if (files.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec().commandLine(), "give --squad FILE... or --questions FILE");
        }
        SquadDataset dataset = SquadDataset.read(json, files);
        List<Passage> passages = dataset.contexts().stream()
                .map(context -> new Passage(context.id() + "#0", context.id(), noTitles ? "" : context.title(), PublicationDate.UNKNOWN, null,
                        "squad", "news", context.text()))
                .toList();
        out.printf("pool: %d contexts, %,d chars; questions: %d from %s; titles %s%n", passages.size(),
                dataset.characters(), dataset.questions().size(), files.getFirst().getFileName(),
                noTitles ? "not indexed" : "indexed");

        Path temp = Files.createTempDirectory("newsdesk-eval");
        try {
            if (fitWeights != null) {
                // Fitted on the served ranking, whose passages carry the sentence vectors the weights weigh.
                try (SearchService fitIndex = search.withIndexAt(temp.resolve("fit"))) {
                    printBuild(out, fitIndex.rebuildPassages(passages, !lexicalOnly));
                    PaperQuestionGroups paper = fitAlso.isEmpty() ? null : new PaperQuestionGroups(fitAlso,
                            fitAlsoWeight, today != null ? today : java.time.LocalDate.now());
                    new WeightFitReport(answers, fitIndex, json, lexicalOnly ? Ranking.LEXICAL : Ranking.RERANKED, paper)
                            .fitAndWrite(files, fitWeights, out);
                }
                return 0;
            }
            try (SearchService lexicalIndex = search.withIndexAt(temp.resolve("lexical"))) {
                IndexSummary built = lexicalIndex.rebuildPassages(passages, false);
                printBuild(out, built);
                if (lexicalOnly) {
                    printRun(out, "BM25 words+bigrams+title", run(lexicalIndex, dataset, Ranking.LEXICAL));
                }
            }
            if (!lexicalOnly) {
                try (SearchService denseIndex = search.withIndexAt(temp.resolve("dense"))) {
                    printBuild(out, denseIndex.rebuildPassages(passages, true));
                    printRun(out, "BM25 words+bigrams+title", run(denseIndex, dataset, Ranking.LEXICAL));
                    printRun(out, "BM25 top-20 re-ranked by cosine", run(denseIndex, dataset, Ranking.RERANKED));
                }
            }
        } finally {
            deleteRecursively(temp);
        }
        out.flush();
        return 0;
    }

    private Run run(SearchService index, SquadDataset dataset, Ranking ranking) {
        List<SquadDataset.Question> questions = dataset.questions();
        questions.stream().limit(WARM_UP).forEach(q -> index.search(q.text(), DEPTH, ranking));
        RetrievalMetrics metrics = new RetrievalMetrics();
        int answerHits = 0;
        for (SquadDataset.Question question : questions) {
            long start = System.nanoTime();
            List<PassageHit> hits = index.search(question.text(), DEPTH, ranking);
            long nanos = System.nanoTime() - start;
            metrics.add(articleRank(hits, question.contextId()), nanos);
            answerHits += answers.quote(question.text(), hits, index)
                    .filter(sentence -> question.answers().stream().anyMatch(sentence::contains))
                    .isPresent() ? 1 : 0;
        }
        return new Run(metrics, (double) answerHits / Math.max(1, questions.size()));
    }

    /** 1-based rank of the gold article among the distinct articles of the hits; 0 when absent. */
    static int articleRank(List<PassageHit> hits, String goldArticleId) {
        Set<String> articles = new LinkedHashSet<>();
        for (PassageHit hit : hits) {
            articles.add(hit.passage().articleId());
            if (hit.passage().articleId().equals(goldArticleId)) {
                return articles.size();
            }
        }
        return 0;
    }

    private record Run(RetrievalMetrics metrics, @Nullable Double answerHitAt1) {
    }

    private static void printBuild(PrintWriter out, IndexSummary built) {
        out.printf("index build %s vectors: %d passages, %,d chars in %.1f s = %,.0f chars/s%n",
                built.embedded() ? "with" : "without", built.passages(), built.characters(),
                built.buildMillis() / 1000.0, built.charactersPerSecond());
    }

    private static void printRun(PrintWriter out, String name, Run run) {
        RetrievalMetrics m = run.metrics();
        out.printf("%-34s n=%d  R@1 %.3f  R@5 %.3f  R@20 %.3f  MRR@10 %.3f  p50 %.2f ms  p95 %.2f ms%s%n", name,
                m.questions(), m.recallAt1(), m.recallAt5(), m.recallAt20(), m.mrrAt10(), m.latencyMillis(50),
                m.latencyMillis(95),
                run.answerHitAt1() == null ? "" : "  answer-sentence hit@1 %.3f".formatted(run.answerHitAt1()));
        out.flush();
    }

    private CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli injects the spec before call()");
        }
        return spec;
    }

    private static void deleteRecursively(Path root) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(paths::add);
        }
        paths.sort(Comparator.reverseOrder());
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
