package io.allywatch.engine.eval;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.CooperationEvent;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.Event;
import io.allywatch.engine.ExtractionEngine;
import io.allywatch.engine.ExtractionResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs the engine over the gold set and scores it: per event type (the issue's definition:
 * DESIGNATION by country + stage, AID by recipient + amount + year, COOPERATION by actors + kind),
 * per type and language, and per field, each field scored with the fields before it (so
 * "AID.status" is right only when recipient, amount, year and status all are).
 */
public final class Evaluator {
    static final double HIGH_CONFIDENCE = 0.8;
    private static final double[] BIN_EDGES = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};

    private final ExtractionEngine engine;

    public Evaluator(ExtractionEngine engine) {
        this.engine = engine;
    }

    public EvalReport evaluate(List<GoldDocument> docs) {
        Map<String, Score> scores = new LinkedHashMap<>();
        int[] binEvents = new int[BIN_EDGES.length - 1];
        int[] binCorrect = new int[BIN_EDGES.length - 1];
        int highEvents = 0;
        int highCorrect = 0;
        List<Mistake> mistakes = new ArrayList<>();
        for (GoldDocument doc : docs) {
            ExtractionResult result = engine.extract(doc.article());
            List<Event> events = result.events();
            String lang = doc.lang() != null ? doc.lang() : result.lang();
            for (String type : List.of("DESIGNATION", "AID", "COOPERATION")) {
                List<GoldEvent> gold = doc.events().stream().filter(e -> e.type().equals(type)).toList();
                List<Event> found = events.stream().filter(e -> e.type().name().equals(type)).toList();
                for (Map.Entry<String, Function<Object, String>> field : fields(type).entrySet()) {
                    Score s = compare(gold.stream().map(g -> field.getValue().apply(g)).toList(),
                            found.stream().map(e -> field.getValue().apply(e)).toList());
                    String name = field.getKey().isEmpty() ? type : type + "." + field.getKey();
                    scores.merge(name, s, Score::plus);
                    if (field.getKey().isEmpty()) {
                        scores.merge(type + "@" + lang, s, Score::plus);
                    }
                }
            }
            Set<String> goldKeys = new HashSet<>();
            doc.events().forEach(g -> goldKeys.add(g.key()));
            Set<String> foundKeys = new HashSet<>();
            for (Event e : events) {
                if (foundKeys.add(key(e)) && !goldKeys.contains(key(e))) {
                    mistakes.add(new Mistake(doc.doc(), lang, "extra", key(e), e.evidence().text()));
                }
            }
            goldKeys.stream().filter(k -> !foundKeys.contains(k)).sorted()
                    .forEach(k -> mistakes.add(new Mistake(doc.doc(), lang, "missed", k, "")));
            for (Event e : events) {
                boolean correct = goldKeys.contains(key(e));
                for (int b = 0; b < binEvents.length; b++) {
                    if (e.confidence() >= BIN_EDGES[b] && e.confidence() < BIN_EDGES[b + 1]) {
                        binEvents[b]++;
                        binCorrect[b] += correct ? 1 : 0;
                    }
                }
                if (e.confidence() >= HIGH_CONFIDENCE) {
                    highEvents++;
                    highCorrect += correct ? 1 : 0;
                }
            }
        }
        List<CalibrationBin> bins = new ArrayList<>();
        for (int b = 0; b < binEvents.length; b++) {
            bins.add(new CalibrationBin(BIN_EDGES[b], Math.min(1.0, BIN_EDGES[b + 1]), binEvents[b], binCorrect[b]));
        }
        return new EvalReport(docs.size(), scores, bins, new CalibrationBin(HIGH_CONFIDENCE, 1.0, highEvents, highCorrect), mistakes);
    }

    /** Set comparison within one document: duplicates count once. */
    private static Score compare(List<String> gold, List<String> found) {
        Set<String> g = new HashSet<>(gold);
        Set<String> f = new HashSet<>(found);
        int tp = 0;
        for (String x : f) {
            if (g.contains(x)) {
                tp++;
            }
        }
        return new Score(tp, f.size() - tp, g.size() - tp);
    }

    /** Field name ("" for the whole key) → a reading of gold and extracted events alike. */
    private static Map<String, Function<Object, String>> fields(String type) {
        Map<String, Function<Object, String>> f = new LinkedHashMap<>();
        switch (type) {
            case "DESIGNATION" -> {
                f.put("", o -> key(o));
                f.put("country", o -> o instanceof GoldEvent g ? g.country() : ((DesignationEvent) o).country());
                f.put("stage", o -> o instanceof GoldEvent g ? g.country() + "|" + g.stage() : ((DesignationEvent) o).country() + "|" + ((DesignationEvent) o).stage());
                f.put("historical", o -> o instanceof GoldEvent g ? g.country() + "|" + g.stage() + "|" + g.historical()
                        : ((DesignationEvent) o).country() + "|" + ((DesignationEvent) o).stage() + "|" + ((DesignationEvent) o).historical());
            }
            case "AID" -> {
                f.put("", o -> key(o));
                f.put("recipient", o -> o instanceof GoldEvent g ? g.recipient() : ((AidEvent) o).recipient());
                f.put("amount", o -> o instanceof GoldEvent g ? g.recipient() + "|" + plain(g.amount()) : ((AidEvent) o).recipient() + "|" + plain(((AidEvent) o).amount()));
                f.put("year", o -> key(o));
                f.put("status", o -> o instanceof GoldEvent g ? key(o) + "|" + g.status() : key(o) + "|" + ((AidEvent) o).status());
                f.put("donor", o -> o instanceof GoldEvent g ? key(o) + "|" + g.donor() : key(o) + "|" + ((AidEvent) o).donor());
            }
            default -> {
                f.put("", o -> key(o));
                f.put("actors", o -> o instanceof GoldEvent g ? String.join(",", g.actors()) : String.join(",", ((CooperationEvent) o).actors()));
                f.put("kind", o -> key(o));
            }
        }
        return f;
    }

    static String key(Object o) {
        if (o instanceof GoldEvent g) {
            return g.key();
        }
        if (o instanceof DesignationEvent d) {
            return "DESIGNATION|" + d.country() + "|" + d.stage();
        }
        if (o instanceof AidEvent a) {
            return "AID|" + a.recipient() + "|" + plain(a.amount()) + "|" + a.year();
        }
        CooperationEvent c = (CooperationEvent) o;
        return "COOPERATION|" + String.join(",", c.actors()) + "|" + c.kind();
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "null" : amount.stripTrailingZeros().toPlainString();
    }
}
