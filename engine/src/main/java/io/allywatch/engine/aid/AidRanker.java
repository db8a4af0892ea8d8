package io.allywatch.engine.aid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A logistic regression over {@link AidFeature}s: how likely a candidate country got an amount the
 * rules left unread. Its weights are trained offline on the development split ({@code allywatch
 * train-aid}, with Tribuo) and shipped as {@value #RESOURCE}; here they are only read, so the engine
 * takes no dependency for them and a candidate costs one dot product.
 *
 * <p>The file is tab-separated, one {@code name<TAB>value} per line: {@code bias}, {@code threshold}
 * and one line per feature; {@code #} starts a comment.
 *
 * @param threshold the least probability at which a candidate is read as aid
 */
public record AidRanker(double bias, Map<AidFeature, Double> weights, double threshold) {

    /** Where the shipped weights live on the class path. */
    public static final String RESOURCE = "/io/allywatch/engine/aid/aid-ranker.tsv";

    public AidRanker {
        weights = Map.copyOf(weights);
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), was " + threshold);
        }
    }

    /** The weights shipped with the engine, or none (the rules alone) where the resource is absent. */
    public static Optional<AidRanker> bundled() {
        try (InputStream in = AidRanker.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads the file format above; an unknown name or a value that is not a number is an error, not a zero. */
    public static AidRanker parse(String tsv) {
        Double bias = null;
        Double threshold = null;
        Map<AidFeature, Double> weights = new EnumMap<>(AidFeature.class);
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(tsv))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] cols = l.split("\t");
                if (cols.length != 2) {
                    throw new IllegalArgumentException("line " + n + ": expected name<TAB>value, got: " + line);
                }
                double v;
                try {
                    v = Double.parseDouble(cols[1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + n + ": not a number: " + cols[1], e);
                }
                switch (cols[0]) {
                    case "bias" -> bias = v;
                    case "threshold" -> threshold = v;
                    default -> {
                        try {
                            weights.put(AidFeature.valueOf(cols[0]), v);
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("line " + n + ": unknown feature " + cols[0], e);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bias == null || threshold == null) {
            throw new IllegalArgumentException("the weights need a bias and a threshold line");
        }
        return new AidRanker(bias, weights, threshold);
    }

    /** The file this ranker is read from, with a header comment. */
    public String format(String header) {
        StringBuilder b = new StringBuilder();
        header.lines().forEach(l -> b.append("# ").append(l).append('\n'));
        b.append(String.format(Locale.ROOT, "bias\t%.6f%nthreshold\t%.2f%n", bias, threshold));
        for (AidFeature f : AidFeature.values()) {
            b.append(String.format(Locale.ROOT, "%s\t%.6f%n", f.name(), weights.getOrDefault(f, 0.0)));
        }
        return b.toString();
    }

    /** The probability that the candidate got the amount. */
    public double probability(AidCandidate c) {
        double z = bias;
        for (AidFeature f : c.features()) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    public boolean accepts(double probability) {
        return probability >= threshold;
    }

    /** The same weights with another threshold: for choosing one by cross-validation. */
    public AidRanker withThreshold(double t) {
        return new AidRanker(bias, weights, t);
    }
}
