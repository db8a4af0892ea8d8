package io.allywatch.engine.eval;

/** Extracted events whose confidence falls in {@code [from, to)}, and how many of them the gold set confirms. */
public record CalibrationBin(double from, double to, int events, int correct) {

    public double accuracy() {
        return events == 0 ? Double.NaN : (double) correct / events;
    }
}
