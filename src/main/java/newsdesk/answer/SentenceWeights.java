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
 * One weight per {@link SentenceFeatures} value, in two fitted sets: for candidates whose sentences have
 * indexed vectors, and for those without (a lexical-only index, or old pages the vector policy left out).
 * The dense cosine takes over part of what the lexical values say, so the lexical values weigh differently
 * beside it; one set with the dense weights zeroed would serve the lexical case badly. Both are fitted on
 * CMRC 2018 trial by {@code eval --fit-weights} and read from the properties files beside this class, so a
 * change of weights is a reviewed change of those files, not of code.
 *
 * @param lexical  the weights for candidates without sentence vectors
 * @param embedded the weights for candidates with them
 */
public record SentenceWeights(double[] lexical, double[] embedded) {

    static final String LEXICAL_RESOURCE = "sentence-weights.properties";
    static final String EMBEDDED_RESOURCE = "sentence-weights-embedded.properties";

    public SentenceWeights {
        lexical = checked(lexical);
        embedded = checked(embedded);
    }

    private static double[] checked(double[] weights) {
        if (weights.length != SentenceFeatures.NAMES.size()) {
            throw new IllegalArgumentException("need " + SentenceFeatures.NAMES.size() + " weights, got " + weights.length);
        }
        return weights.clone();
    }

    /** The committed, fitted weights. */
    public static SentenceWeights fitted() {
        return new SentenceWeights(read(LEXICAL_RESOURCE), read(EMBEDDED_RESOURCE));
    }

    private static double[] read(String resource) {
        try (InputStream in = SentenceWeights.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            Properties file = new Properties();
            file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            double[] weights = new double[SentenceFeatures.NAMES.size()];
            for (int i = 0; i < weights.length; i++) {
                String value = file.getProperty(SentenceFeatures.NAMES.get(i));
                if (value == null) {
                    throw new IllegalStateException(resource + " has no weight for " + SentenceFeatures.NAMES.get(i));
                }
                weights[i] = Double.parseDouble(value.strip());
            }
            return weights;
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }

    public double score(SentenceFeatures features) {
        double[] values = features.values();
        double[] weights = forCandidates(features.embedded());
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += weights[i] * values[i];
        }
        return sum;
    }

    /** Each feature's part of the score, in the order of {@link SentenceFeatures#NAMES}. */
    public List<Contribution> explain(SentenceFeatures features) {
        double[] values = features.values();
        double[] weights = forCandidates(features.embedded());
        List<Contribution> parts = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            parts.add(new Contribution(SentenceFeatures.NAMES.get(i), values[i], weights[i]));
        }
        return parts;
    }

    /** The set for candidates with sentence vectors, or for those without. */
    public double[] forCandidates(boolean embedded) {
        return (embedded ? this.embedded : lexical).clone();
    }

    /** A weights file's text, as {@code eval --fit-weights} writes it. */
    public static String propertiesText(double[] weights, String header) {
        StringBuilder text = new StringBuilder();
        header.lines().forEach(line -> text.append("# ").append(line).append('\n'));
        for (int i = 0; i < weights.length; i++) {
            text.append(SentenceFeatures.NAMES.get(i)).append('=').append("%.4f".formatted(weights[i])).append('\n');
        }
        return text.toString();
    }

    @Override
    public double[] lexical() {
        return lexical.clone();
    }

    @Override
    public double[] embedded() {
        return embedded.clone();
    }

    /** One feature's value, its weight and their product. */
    public record Contribution(String feature, double value, double weight) {
        public double points() {
            return value * weight;
        }
    }
}
