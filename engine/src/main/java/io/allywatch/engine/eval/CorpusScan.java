package io.allywatch.engine.eval;

import io.allywatch.contract.Event;
import io.allywatch.engine.ExtractionEngine;
import io.allywatch.engine.ExtractionResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the engine over every article of the research corpus (ordinary news, where almost nothing is
 * an alliance, aid or cooperation event) and counts which articles produce events, of what type,
 * by section; the evidence of each is listed so that people can read and judge it.
 */
public final class CorpusScan {

    /** One article that produced events. */
    public record Hit(String articleId, String section, List<Event> events) {
    }

    public record Result(int articles, int withEvents, Map<String, int[]> bySection, Map<String, Integer> byType, List<Hit> hits) {

        public String format(boolean listHits) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%d articles, %d with any event (%.2f%%)%n", articles, withEvents, 100.0 * withEvents / Math.max(1, articles)));
            b.append(String.format(Locale.ROOT, "%-28s %8s %8s%n", "section", "articles", "with events"));
            bySection.forEach((s, c) -> b.append(String.format(Locale.ROOT, "%-28s %8d %8d%n", s, c[0], c[1])));
            b.append("events by type: ").append(byType).append(System.lineSeparator());
            if (listHits) {
                for (Hit h : hits) {
                    for (Event e : h.events()) {
                        b.append(String.format(Locale.ROOT, "%s\t%s\t%.2f\t%s%n", h.articleId(), describe(e), e.confidence(),
                                e.evidence().text().replaceAll("\\s+", " ")));
                    }
                }
            }
            return b.toString();
        }

        private static String describe(Event e) {
            return switch (e.type()) {
                case DESIGNATION -> "DESIGNATION " + ((io.allywatch.contract.DesignationEvent) e).country() + " " + ((io.allywatch.contract.DesignationEvent) e).stage();
                case AID -> {
                    var aid = (io.allywatch.contract.AidEvent) e;
                    yield "AID " + aid.donor() + ">" + aid.recipient() + " " + aid.amount().toPlainString() + " " + aid.currency()
                            + (aid.partOf() != null ? " part" : "") + (Boolean.TRUE.equals(aid.cumulative()) ? " cumulative" : "");
                }
                case COOPERATION -> "COOPERATION " + ((io.allywatch.contract.CooperationEvent) e).actors() + " " + ((io.allywatch.contract.CooperationEvent) e).kind();
            };
        }
    }

    private CorpusScan() {
    }

    public static Result scan(ExtractionEngine engine, Path corpusDir) {
        Map<String, int[]> bySection = new TreeMap<>();
        Map<String, Integer> byType = new TreeMap<>();
        List<Hit> hits = new ArrayList<>();
        CorpusReader.forEach(corpusDir, a -> {
            ExtractionResult result = engine.extract(a.toArticle(false));
            String section = section(a.id());
            int[] counts = bySection.computeIfAbsent(section, s -> new int[2]);
            counts[0]++;
            if (!result.events().isEmpty()) {
                counts[1]++;
                result.events().forEach(e -> byType.merge(e.type().name(), 1, Integer::sum));
                hits.add(new Hit(a.id(), section, result.events()));
            }
        });
        int articles = bySection.values().stream().mapToInt(c -> c[0]).sum();
        int withEvents = bySection.values().stream().mapToInt(c -> c[1]).sum();
        return new Result(articles, withEvents, bySection, byType, hits);
    }

    /** "bbc-sport-001" → "bbc sport", "10kgnad-test-0002-Sport" → "10kgnad Sport", "reuters21578-1" → "reuters21578". */
    static String section(String id) {
        if (id.startsWith("bbc-")) {
            return "bbc " + id.split("-")[1];
        }
        if (id.startsWith("10kgnad-")) {
            return "10kgnad " + id.substring(id.lastIndexOf('-') + 1);
        }
        return id.contains("-") ? id.substring(0, id.indexOf('-')) : id;
    }
}
