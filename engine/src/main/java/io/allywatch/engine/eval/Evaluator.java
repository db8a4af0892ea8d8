package io.allywatch.engine.eval;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.Article;
import io.allywatch.contract.CooperationEvent;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.Event;
import io.allywatch.engine.ExtractionEngine;
import io.allywatch.engine.ExtractionResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores an extractor against the gold set, each {@link EvalSet} apart: per event type (matched as
 * eval/GUIDELINES.md says: DESIGNATION by country + stage, AID by recipient + amount, COOPERATION by
 * kind + actors), per type and language, and per batch; for matched events, how often each further
 * field is right (its accuracy); how many negative documents get a designation or aid event; and
 * the calibration of confidences. Mistakes are kept for every set but the test split, so no rule
 * work can be led by them.
 */
public final class Evaluator {
    static final double HIGH_CONFIDENCE = 0.8;
    /** The day evaluations read undated articles as of, in the CLI and in GoldSetBaselineTest alike. */
    public static final java.time.Instant REFERENCE_TIME = java.time.Instant.parse("2026-01-15T10:00:00Z");
    private static final double[] BIN_EDGES = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};
    private static final List<String> TYPES = List.of("DESIGNATION", "AID", "COOPERATION");

    private final Function<Article, List<Event>> extractor;

    /** Scores the engine, run on each document as a user runs it (language not given). */
    public Evaluator(ExtractionEngine engine) {
        this(article -> engine.extract(article).events());
    }

    /** Scores any extractor: another engine version, or events read from a file ({@link #fromEvents}). */
    public Evaluator(Function<Article, List<Event>> extractor) {
        this.extractor = extractor;
    }

    /** An extractor that answers with the events already extracted elsewhere, by article id. */
    public static Function<Article, List<Event>> fromEvents(List<Event> events) {
        Map<String, List<Event>> byArticle = new HashMap<>();
        events.forEach(e -> byArticle.computeIfAbsent(e.articleId(), k -> new ArrayList<>()).add(e));
        return article -> byArticle.getOrDefault(article.articleId(), List.of());
    }

    public EvalResult evaluate(List<GoldDocument> docs) {
        Map<EvalSet, Tally> tallies = new EnumMap<>(EvalSet.class);
        for (GoldDocument doc : docs) {
            List<Event> events = extractor.apply(doc.article());
            String lang = doc.lang() != null ? doc.lang()
                    : events.isEmpty() ? "?" : events.get(0).evidence().lang();
            tallies.computeIfAbsent(doc.set(), s -> new Tally()).add(doc, lang, events);
        }
        Map<EvalSet, EvalReport> reports = new LinkedHashMap<>();
        for (EvalSet set : EvalSet.values()) {
            Tally t = tallies.get(set);
            if (t != null) {
                reports.put(set, t.report(set));
            }
        }
        return new EvalResult(reports);
    }

    /** What one set's documents add up to. */
    private static final class Tally {
        final Map<String, Score> scores = new LinkedHashMap<>();
        final Map<String, int[]> fields = new LinkedHashMap<>();
        final int[] binEvents = new int[BIN_EDGES.length - 1];
        final int[] binCorrect = new int[BIN_EDGES.length - 1];
        int highEvents;
        int highCorrect;
        int documents;
        int negatives;
        int negativesWithEvents;
        final List<Mistake> mistakes = new ArrayList<>();

        void add(GoldDocument doc, String lang, List<Event> events) {
            documents++;
            if (doc.events().isEmpty()) {
                negatives++;
                if (events.stream().anyMatch(e -> !e.type().name().equals("COOPERATION"))) {
                    negativesWithEvents++;
                }
            }
            for (String type : TYPES) {
                Map<String, GoldEvent> gold = new LinkedHashMap<>();
                doc.events().stream().filter(e -> e.type().equals(type)).forEach(g -> gold.putIfAbsent(g.key(), g));
                Map<String, Event> found = new LinkedHashMap<>();
                events.stream().filter(e -> e.type().name().equals(type)).forEach(e -> found.putIfAbsent(key(e), e));
                Map<String, BigDecimal> amounts = new HashMap<>();
                events.stream().filter(AidEvent.class::isInstance).map(AidEvent.class::cast).forEach(a -> amounts.put(a.eventId(), a.amount()));
                int tp = 0;
                for (Map.Entry<String, Event> f : found.entrySet()) {
                    GoldEvent g = gold.get(f.getKey());
                    if (g != null) {
                        tp++;
                        fieldAgreement(type, g, f.getValue(), amounts);
                    }
                }
                Score s = new Score(tp, found.size() - tp, gold.size() - tp);
                scores.merge(type, s, Score::plus);
                scores.merge(type + "@" + lang, s, Score::plus);
                if (doc.batch() != null) {
                    scores.merge(type + "#" + doc.batch(), s, Score::plus);
                }
                if (doc.set() != EvalSet.TEST) {
                    for (Map.Entry<String, Event> f : found.entrySet()) {
                        if (!gold.containsKey(f.getKey())) {
                            mistakes.add(new Mistake(doc.doc(), lang, "extra", f.getKey(), f.getValue().evidence().text()));
                        }
                    }
                    gold.keySet().stream().filter(k -> !found.containsKey(k)).sorted()
                            .forEach(k -> mistakes.add(new Mistake(doc.doc(), lang, "missed", k, "")));
                }
            }
            Set<String> goldKeys = new HashSet<>();
            doc.events().forEach(g -> goldKeys.add(g.key()));
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

        /** For a matched pair, each field the annotation gives: right or wrong. */
        private void fieldAgreement(String type, GoldEvent g, Event e, Map<String, BigDecimal> amountsById) {
            switch (type) {
                case "DESIGNATION" -> {
                    DesignationEvent d = (DesignationEvent) e;
                    field("DESIGNATION.historical", g.historical(), d.historical());
                    field("DESIGNATION.date", g.date(), d.date());
                }
                case "AID" -> {
                    AidEvent a = (AidEvent) e;
                    field("AID.donor", g.donor(), a.donor());
                    field("AID.year", g.year(), a.year(), true);
                    field("AID.status", g.status(), a.status() == null ? null : a.status().name());
                    field("AID.currency", g.currency(), a.currency());
                    field("AID.scope", g.scope(), a.scope() == null ? null : a.scope().name());
                    // partOf names the total's event; the annotation gives the total's amount
                    field("AID.partOf", g.partOf() == null ? null : plain(g.partOf()),
                            a.partOf() == null ? null : plain(amountsById.get(a.partOf())), true);
                    field("AID.cumulative", g.cumulative(), a.cumulative());
                }
                default -> {
                }
            }
        }

        private void field(String name, Object gold, Object found) {
            field(name, gold, found, false);
        }

        /** {@code nullIsAnswer}: a field whose annotation may be null on purpose (no year, not a part) is scored either way. */
        private void field(String name, Object gold, Object found, boolean nullIsAnswer) {
            if (gold == null && !nullIsAnswer) {
                return;
            }
            int[] c = fields.computeIfAbsent(name, k -> new int[2]);
            c[0]++;
            if (Objects.equals(String.valueOf(gold), String.valueOf(found))) {
                c[1]++;
            }
        }

        EvalReport report(EvalSet set) {
            List<CalibrationBin> bins = new ArrayList<>();
            for (int b = 0; b < binEvents.length; b++) {
                bins.add(new CalibrationBin(BIN_EDGES[b], Math.min(1.0, BIN_EDGES[b + 1]), binEvents[b], binCorrect[b]));
            }
            return new EvalReport(set, documents, scores, fields, bins, new CalibrationBin(HIGH_CONFIDENCE, 1.0, highEvents, highCorrect),
                    negatives, negativesWithEvents, mistakes);
        }
    }

    static String key(Object o) {
        if (o instanceof GoldEvent g) {
            return g.key();
        }
        if (o instanceof DesignationEvent d) {
            return "DESIGNATION|" + d.country() + "|" + d.stage();
        }
        if (o instanceof AidEvent a) {
            return "AID|" + a.recipient() + "|" + plain(a.amount());
        }
        CooperationEvent c = (CooperationEvent) o;
        return "COOPERATION|" + String.join(",", c.actors()) + "|" + c.kind();
    }

    static String plain(BigDecimal amount) {
        return amount == null ? "null" : amount.stripTrailingZeros().toPlainString();
    }
}
