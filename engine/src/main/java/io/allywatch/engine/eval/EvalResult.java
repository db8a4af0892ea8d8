package io.allywatch.engine.eval;

import java.util.Map;
import java.util.TreeMap;

/** One evaluation: a report per {@link EvalSet}, the test split first. */
public record EvalResult(Map<EvalSet, EvalReport> reports) {

    public EvalReport report(EvalSet set) {
        return reports.get(set);
    }

    /** Every figure a baseline may pin, by set and name: "test/DESIGNATION.f1", "written/AID@de.recall". */
    public Map<String, Double> figures() {
        Map<String, Double> f = new TreeMap<>();
        reports.forEach((set, report) -> report.figures().forEach((name, value) -> f.put(set.name().toLowerCase(java.util.Locale.ROOT) + "/" + name, value)));
        return f;
    }

    public String format(boolean byBatch) {
        StringBuilder b = new StringBuilder();
        reports.values().forEach(r -> b.append(r.format(byBatch)).append(System.lineSeparator()));
        return b.toString();
    }
}
