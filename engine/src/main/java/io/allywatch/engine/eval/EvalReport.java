package io.allywatch.engine.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the evaluation measured: scores by name ({@code DESIGNATION}, {@code DESIGNATION.stage},
 * {@code AID@de}, …) and the calibration table.
 *
 * @param highConfidence events of confidence ≥ 0.8: the issue wants at least 90% of them right
 * @param mistakes       every missed and every extra event, document by document
 */
public record EvalReport(int documents, Map<String, Score> scores, List<CalibrationBin> calibration, CalibrationBin highConfidence,
        List<Mistake> mistakes) {

    /** Every figure a baseline may pin, by name: "AID.f1", "DESIGNATION.stage.precision", "calibration.high.accuracy". */
    public Map<String, Double> figures() {
        Map<String, Double> f = new TreeMap<>();
        scores.forEach((name, s) -> {
            f.put(name + ".precision", s.precision());
            f.put(name + ".recall", s.recall());
            f.put(name + ".f1", s.f1());
        });
        if (highConfidence.events() > 0) {
            f.put("calibration.high.accuracy", highConfidence.accuracy());
        }
        return f;
    }

    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "gold set: %d documents%n%n", documents));
        b.append(String.format(Locale.ROOT, "%-32s %5s %5s %5s %9s %9s %6s%n", "measure", "tp", "fp", "fn", "precision", "recall", "f1"));
        new TreeMap<>(scores).forEach((name, s) -> b.append(String.format(Locale.ROOT, "%-32s %5d %5d %5d %9.3f %9.3f %6.3f%n",
                name, s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1())));
        b.append(String.format(Locale.ROOT, "%ncalibration (extracted events by confidence; correct = confirmed by the gold set)%n"));
        b.append(String.format(Locale.ROOT, "%-12s %7s %8s %9s%n", "confidence", "events", "correct", "accuracy"));
        for (CalibrationBin bin : calibration) {
            b.append(String.format(Locale.ROOT, "[%.2f, %.2f) %7d %8d %9s%n", bin.from(), bin.to(), bin.events(), bin.correct(),
                    bin.events() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", bin.accuracy())));
        }
        b.append(String.format(Locale.ROOT, "≥ 0.80       %7d %8d %9s%n", highConfidence.events(), highConfidence.correct(),
                highConfidence.events() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", highConfidence.accuracy())));
        return b.toString();
    }

    /** The mistakes behind the figures, one line each: document, language, missed/extra, key, evidence. */
    public String formatMistakes() {
        StringBuilder b = new StringBuilder();
        for (Mistake m : mistakes) {
            b.append(String.format(Locale.ROOT, "%-28s %-3s %-6s %-48s %s%n", m.doc(), m.lang(), m.kind(), m.key(),
                    m.evidence().length() > 160 ? m.evidence().substring(0, 160) + "…" : m.evidence()));
        }
        return b.toString();
    }
}
