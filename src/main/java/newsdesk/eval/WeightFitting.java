package newsdesk.eval;

import java.util.List;
import java.util.function.Predicate;
import newsdesk.answer.AnswerService;

/**
 * Fits sentence-scoring weights as a listwise (softmax) model: for each question, the probability
 * the model gives to the sentences that hold a gold answer, against all its candidates, is pushed up.
 * This is the conditional logit of ranking, fitted by plain gradient descent with an L2 penalty; the
 * features are few and bounded, so no library optimiser is needed and the fit is deterministic.
 */
final class WeightFitting {

    /** One question's candidates as feature vectors, and which of them hold a gold answer. */
    record Group(double[][] features, boolean[] positive) {

        /** The candidates' feature vectors, each a positive when its sentence passes {@code holdsGold}. */
        static Group of(List<AnswerService.FeatureRow> rows, Predicate<String> holdsGold) {
            double[][] features = new double[rows.size()][];
            boolean[] positive = new boolean[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                features[i] = rows.get(i).features().values();
                positive[i] = holdsGold.test(rows.get(i).sentence());
            }
            return new Group(features, positive);
        }
    }

    private final int iterations;
    private final double learningRate;
    private final double l2;

    WeightFitting(int iterations, double learningRate, double l2) {
        this.iterations = iterations;
        this.learningRate = learningRate;
        this.l2 = l2;
    }

    /** The fitted weights, starting from {@code start}. Groups without a positive are ignored. */
    double[] fit(List<Group> groups, double[] start) {
        double[] w = start.clone();
        List<Group> usable = groups.stream().filter(WeightFitting::hasPositive).toList();
        for (int iteration = 0; iteration < iterations; iteration++) {
            double[] gradient = new double[w.length];
            for (Group group : usable) {
                addGradient(group, w, gradient);
            }
            for (int j = 0; j < w.length; j++) {
                w[j] -= learningRate * (gradient[j] / usable.size() + l2 * w[j]);
            }
        }
        return w;
    }

    /** Mean negative log-likelihood of the positives, for reporting the fit. */
    static double loss(List<Group> groups, double[] w) {
        double total = 0;
        int n = 0;
        for (Group group : groups) {
            if (!hasPositive(group)) {
                continue;
            }
            double[] p = probabilities(group, w);
            double positive = 0;
            for (int i = 0; i < p.length; i++) {
                positive += group.positive()[i] ? p[i] : 0;
            }
            total -= Math.log(Math.max(positive, 1e-12));
            n++;
        }
        return n == 0 ? 0 : total / n;
    }

    private static void addGradient(Group group, double[] w, double[] gradient) {
        double[] p = probabilities(group, w);
        double positiveMass = 0;
        for (int i = 0; i < p.length; i++) {
            positiveMass += group.positive()[i] ? p[i] : 0;
        }
        for (int i = 0; i < p.length; i++) {
            double expectedOverAll = p[i];
            double expectedOverPositives = group.positive()[i] ? p[i] / positiveMass : 0;
            double coefficient = expectedOverAll - expectedOverPositives;
            double[] x = group.features()[i];
            for (int j = 0; j < x.length; j++) {
                gradient[j] += coefficient * x[j];
            }
        }
    }

    private static double[] probabilities(Group group, double[] w) {
        double[][] x = group.features();
        double[] scores = new double[x.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            for (int j = 0; j < w.length; j++) {
                s += w[j] * x[i][j];
            }
            scores[i] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.exp(scores[i] - max);
            sum += scores[i];
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] /= sum;
        }
        return scores;
    }

    private static boolean hasPositive(Group group) {
        for (boolean positive : group.positive()) {
            if (positive) {
                return true;
            }
        }
        return false;
    }
}
