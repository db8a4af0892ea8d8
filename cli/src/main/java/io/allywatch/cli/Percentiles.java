package io.allywatch.cli;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of a set of measurements (no interpolation: every figure is one that was measured). */
record Percentiles(int count, double p50, double p95, double p99, double max) {
    static final Percentiles NONE = new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    static Percentiles of(Collection<Double> values) {
        if (values.isEmpty()) {
            return NONE;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    /** The smallest value with at least {@code percent} % of the values at or below it. */
    static double rank(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double rank(Collection<Double> values, double percent) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return rank(sorted, percent);
    }
}
