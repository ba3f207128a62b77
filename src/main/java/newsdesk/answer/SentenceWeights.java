package newsdesk.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One weight per {@link SentenceFeatures} value. The served weights are fitted on CMRC 2018 trial by
 * {@code eval --fit-weights} and read from {@code sentence-weights.properties} beside this class, so a
 * change of weights is a reviewed change of that file, not of code.
 */
public record SentenceWeights(double[] weights) {

    static final String RESOURCE = "sentence-weights.properties";

    public SentenceWeights {
        if (weights.length != SentenceFeatures.NAMES.size()) {
            throw new IllegalArgumentException("need " + SentenceFeatures.NAMES.size() + " weights, got " + weights.length);
        }
        weights = weights.clone();
    }

    /** The committed, fitted weights. */
    public static SentenceWeights fitted() {
        try (InputStream in = SentenceWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            Properties file = new Properties();
            file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            double[] weights = new double[SentenceFeatures.NAMES.size()];
            for (int i = 0; i < weights.length; i++) {
                String value = file.getProperty(SentenceFeatures.NAMES.get(i));
                if (value == null) {
                    throw new IllegalStateException(RESOURCE + " has no weight for " + SentenceFeatures.NAMES.get(i));
                }
                weights[i] = Double.parseDouble(value.strip());
            }
            return new SentenceWeights(weights);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }

    public double score(SentenceFeatures features) {
        double[] values = features.values();
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += weights[i] * values[i];
        }
        return sum;
    }

    /** Each feature's part of the score, in the order of {@link SentenceFeatures#NAMES}. */
    public List<Contribution> explain(SentenceFeatures features) {
        double[] values = features.values();
        List<Contribution> parts = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            parts.add(new Contribution(SentenceFeatures.NAMES.get(i), values[i], weights[i]));
        }
        return parts;
    }

    /** The weights file's text, as {@code eval --fit-weights} writes it. */
    public String toPropertiesText(String header) {
        StringBuilder text = new StringBuilder();
        header.lines().forEach(line -> text.append("# ").append(line).append('\n'));
        for (int i = 0; i < weights.length; i++) {
            text.append(SentenceFeatures.NAMES.get(i)).append('=').append("%.4f".formatted(weights[i])).append('\n');
        }
        return text.toString();
    }

    public double[] weights() {
        return weights.clone();
    }

    /** One feature's value, its weight and their product. */
    public record Contribution(String feature, double value, double weight) {
        public double points() {
            return value * weight;
        }
    }
}
