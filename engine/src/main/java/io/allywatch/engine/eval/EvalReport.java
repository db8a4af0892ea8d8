package io.allywatch.engine.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the evaluation measured on one {@link EvalSet}: scores by name ({@code DESIGNATION},
 * {@code AID@de}, {@code COOPERATION#2026-12-05-fr}), the accuracy of further fields on matched
 * events ({@code AID.donor}: right, of matched), negative documents with a designation or aid event,
 * and the calibration table.
 *
 * @param fields         per field: {matched events annotated with it, of which right}
 * @param highConfidence events of confidence ≥ 0.8
 * @param mistakes       every missed and every extra event, document by document (none for the test split)
 */
public record EvalReport(EvalSet set, int documents, Map<String, Score> scores, Map<String, int[]> fields, List<CalibrationBin> calibration,
                         CalibrationBin highConfidence, int negatives, int negativesWithEvents, List<Mistake> mistakes) {

    /** Every figure a baseline may pin, by name: "AID.f1", "AID.donor.accuracy", "negatives.rate", "calibration.high.accuracy". */
    public Map<String, Double> figures() {
        Map<String, Double> f = new TreeMap<>();
        scores.forEach((name, s) -> {
            if (!name.contains("#")) {
                f.put(name + ".precision", s.precision());
                f.put(name + ".recall", s.recall());
                f.put(name + ".f1", s.f1());
            }
        });
        fields.forEach((name, c) -> f.put(name + ".accuracy", c[0] == 0 ? 1.0 : (double) c[1] / c[0]));
        if (negatives > 0) {
            f.put("negatives.clean", 1.0 - (double) negativesWithEvents / negatives);
        }
        if (highConfidence.events() > 0) {
            f.put("calibration.high.accuracy", highConfidence.accuracy());
        }
        return f;
    }

    public String format(boolean byBatch) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "== %s: %d documents%n", set.title(), documents));
        b.append(String.format(Locale.ROOT, "%-40s %5s %5s %5s %9s %9s %6s%n", "measure", "tp", "fp", "fn", "precision", "recall", "f1"));
        new TreeMap<>(scores).forEach((name, s) -> {
            if (byBatch || !name.contains("#")) {
                b.append(String.format(Locale.ROOT, "%-40s %5d %5d %5d %9.3f %9.3f %6.3f%n",
                        name, s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1()));
            }
        });
        if (!fields.isEmpty()) {
            b.append(String.format(Locale.ROOT, "fields of matched events: "));
            new TreeMap<>(fields).forEach((name, c) -> b.append(String.format(Locale.ROOT, "%s %d/%d  ", name, c[1], c[0])));
            b.append(System.lineSeparator());
        }
        if (negatives > 0) {
            b.append(String.format(Locale.ROOT, "negative documents: %d, with a designation or aid event: %d (%.1f%%)%n",
                    negatives, negativesWithEvents, 100.0 * negativesWithEvents / negatives));
        }
        b.append(String.format(Locale.ROOT, "calibration:"));
        for (CalibrationBin bin : calibration) {
            if (bin.events() > 0) {
                b.append(String.format(Locale.ROOT, " [%.2f,%.2f) %d/%d", bin.from(), bin.to(), bin.correct(), bin.events()));
            }
        }
        b.append(String.format(Locale.ROOT, "; ≥ 0.80 right: %s%n", highConfidence.events() == 0 ? "-"
                : String.format(Locale.ROOT, "%d/%d (%.3f)", highConfidence.correct(), highConfidence.events(), highConfidence.accuracy())));
        return b.toString();
    }

    /** The mistakes behind the figures, one line each: document, language, missed/extra, key, evidence. */
    public String formatMistakes() {
        StringBuilder b = new StringBuilder();
        for (Mistake m : mistakes) {
            b.append(String.format(Locale.ROOT, "%-28s %-3s %-6s %-48s %s%n", m.doc(), m.lang(), m.kind(), m.key(),
                    m.evidence().length() > 200 ? m.evidence().substring(0, 200) + "…" : m.evidence()));
        }
        return b.toString();
    }
}
