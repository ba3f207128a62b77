package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightFittingTest {

    /** Feature 0 marks the answer; feature 1 is noise that sometimes favours a wrong sentence. */
    private static final List<WeightFitting.Group> GROUPS = List.of(
            new WeightFitting.Group(new double[][] {{1, 0}, {0, 1}, {0, 0.5}}, new boolean[] {true, false, false}),
            new WeightFitting.Group(new double[][] {{0, 1}, {1, 1}, {0, 0}}, new boolean[] {false, true, false}),
            new WeightFitting.Group(new double[][] {{0, 0.2}, {0, 0.9}, {1, 0.1}}, new boolean[] {false, false, true}));

    @Test
    void learnsToRankTheSentenceHoldingTheAnswerFirst() {
        double[] weights = new WeightFitting(500, 1.0, 1e-4).fit(GROUPS, new double[2]);

        assertThat(weights[0]).isGreaterThan(weights[1]);
        assertThat(WeightFitting.loss(GROUPS, weights)).isLessThan(WeightFitting.loss(GROUPS, new double[2]));
    }

    @Test
    void theSameDataAlwaysGiveTheSameWeights() {
        WeightFitting fitting = new WeightFitting(200, 1.0, 1e-4);

        assertThat(fitting.fit(GROUPS, new double[2])).containsExactly(fitting.fit(GROUPS, new double[2]));
    }
}
