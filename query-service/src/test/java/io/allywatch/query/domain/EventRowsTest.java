package io.allywatch.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.ArticleExtraction;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.Event;
import io.allywatch.contract.EventType;
import io.allywatch.contract.Evidence;
import io.allywatch.query.domain.EventRows.Admission;
import io.allywatch.query.domain.EventRows.Mention;
import io.allywatch.query.domain.EventRows.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The projection's rules without a store: a map of mentions stands in for the table. */
class EventRowsTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-12-05T10:00:00Z");
    private static final String EVENT = "e-000000000000000000000001";

    /** The mentions table and each article's newest extractor version, as the store keeps them. */
    private final Map<String, Mention> mentions = new LinkedHashMap<>();
    private final Map<String, String> articleVersion = new LinkedHashMap<>();

    private static DesignationEvent designation(String eventId, String article, String version, Instant extractedAt,
                                                double confidence, String date, boolean historical, DesignationStage stage) {
        String sentence = "Washington designates Peru.";
        return new DesignationEvent(eventId, "m-" + eventId.substring(14) + article.substring(14), EventType.DESIGNATION,
                article, null, extractedAt, version, confidence, new Evidence(sentence, 0, sentence.length(), "en"), "PER", "MNNA",
                stage, historical, date);
    }

    private static String json(Event e) {
        try {
            return ContractJson.mapper().writeValueAsString(e);
        } catch (Exception x) {
            throw new IllegalStateException(x);
        }
    }

    private static Event read(String payload) {
        try {
            return ContractJson.mapper().readValue(payload, Event.class);
        } catch (Exception x) {
            throw new IllegalStateException(x);
        }
    }

    /** What the store does with one mention record, in memory. */
    private Admission apply(Event e, String date, boolean historical) {
        Mention stored = mentions.get(e.mentionId());
        Admission a = EventRows.admit(e, articleVersion.get(e.articleId()), stored == null ? null : stored.extractedAt());
        if (a.changes()) {
            mentions.put(e.mentionId(), new Mention(e.mentionId(), e.eventId(), e.articleId(), e.publishedAt(), e.extractedAt(),
                    e.extractorVersion(), e.confidence(), date, historical, json(e)));
        }
        return a;
    }

    private Admission apply(DesignationEvent d) {
        return apply(d, d.date(), d.historical());
    }

    /** What the store does with one extraction record, in memory. */
    private void apply(ArticleExtraction x) {
        if (EventRows.takesOver(x, articleVersion.get(x.articleId()))) {
            articleVersion.put(x.articleId(), x.extractorVersion());
            EventRows.droppedBy(x, mentions.values().stream().filter(m -> m.articleId().equals(x.articleId())).toList())
                    .forEach(m -> mentions.remove(m.mentionId()));
        }
    }

    private List<Mention> of(String eventId) {
        return mentions.values().stream().filter(m -> m.eventId().equals(eventId)).toList();
    }

    @Test
    void theSameMentionAppliedAgainChangesNothing() {
        DesignationEvent once = designation(EVENT, "a-000000000000000000000001", "0.3.0", T0, 0.9, "2025-12", false,
                DesignationStage.INTENDED);
        assertThat(apply(once)).isEqualTo(Admission.NEW);
        Row first = EventRows.recompute(of(EVENT), EventRowsTest::read);
        assertThat(apply(once)).isEqualTo(Admission.REDELIVERY);
        assertThat(EventRows.recompute(of(EVENT), EventRowsTest::read)).isEqualTo(first);
        assertThat(first.mentionCount()).isEqualTo(1);
        assertThat(first.type()).isEqualTo(EventType.DESIGNATION);
        assertThat(first.stage()).isEqualTo(DesignationStage.INTENDED);
        assertThat(first.countries()).containsExactly("PER");
        // Extracted again later (same article, same version): it replaces the stored mention, and is still one mention.
        DesignationEvent later = designation(EVENT, "a-000000000000000000000001", "0.3.0", T1, 0.95, "2025-12-12", false,
                DesignationStage.INTENDED);
        assertThat(apply(later)).isEqualTo(Admission.NEWER);
        Row updated = EventRows.recompute(of(EVENT), EventRowsTest::read);
        assertThat(updated.mentionCount()).isEqualTo(1);
        assertThat(updated.confidence()).isEqualTo(0.95);
        assertThat(updated.date()).isEqualTo("2025-12-12");
    }

    @Test
    void aNewerExtractorVersionReplacesTheMentionsOfAnOlderOne() {
        String article = "a-000000000000000000000002";
        String falseEvent = "e-000000000000000000000002";
        DesignationEvent kept = designation(EVENT, article, "0.3.0", T0, 0.9, null, false, DesignationStage.INTENDED);
        DesignationEvent wrong = designation(falseEvent, article, "0.3.0", T0, 0.9, null, false, DesignationStage.DESIGNATED);
        apply(kept);
        apply(wrong);
        apply(new ArticleExtraction(article, "0.3.0", T0, "EVENTS", List.of(kept.mentionId(), wrong.mentionId()), null));
        assertThat(of(falseEvent)).hasSize(1);

        // 0.4.0 reads the article again: the kept mention again, the false one no more.
        DesignationEvent keptAgain = designation(EVENT, article, "0.4.0", T1, 0.9, null, false, DesignationStage.INTENDED);
        assertThat(apply(keptAgain)).isEqualTo(Admission.NEWER);
        apply(new ArticleExtraction(article, "0.4.0", T1, "EVENTS", List.of(keptAgain.mentionId()), null));
        assertThat(of(falseEvent)).isEmpty();
        assertThat(of(EVENT)).extracting(Mention::extractorVersion).containsExactly("0.4.0");

        // The old version's records arriving late (a replay) change nothing.
        assertThat(apply(wrong)).isEqualTo(Admission.SUPERSEDED);
        assertThat(apply(kept)).isEqualTo(Admission.SUPERSEDED);
        apply(new ArticleExtraction(article, "0.3.0", T0, "EVENTS", List.of(kept.mentionId(), wrong.mentionId()), null));
        assertThat(articleVersion).containsEntry(article, "0.4.0");
        assertThat(of(falseEvent)).isEmpty();
        assertThat(of(EVENT)).extracting(Mention::extractorVersion).containsExactly("0.4.0");
        // "0.10.0" is newer than "0.4.0": compared as numbers, not as text.
        assertThat(EventRows.takesOver(new ArticleExtraction(article, "0.10.0", T1, "NO_EVENTS", List.of(), null), "0.4.0")).isTrue();
    }

    @Test
    void mentionsThatAgreeAndDisagreeMakeOneRow() {
        // Three articles: the most confident one is told; the most precise date wins; background only if all say so.
        List<DesignationEvent> told = new ArrayList<>();
        told.add(designation(EVENT, "a-000000000000000000000003", "0.4.0", T1, 0.7, "2025", true, DesignationStage.INTENDED));
        told.add(designation(EVENT, "a-000000000000000000000004", "0.4.0", T0, 0.9, "2025-12", true, DesignationStage.INTENDED));
        told.add(designation(EVENT, "a-000000000000000000000005", "0.4.0", T1, 0.8, "2025-12-12", false, DesignationStage.INTENDED));
        told.forEach(this::apply);
        Row row = EventRows.recompute(of(EVENT), EventRowsTest::read);
        assertThat(row.mentionCount()).isEqualTo(3);
        assertThat(row.sourceCount()).isEqualTo(3);
        assertThat(row.confidence()).isEqualTo(0.9);
        assertThat(row.payload()).isEqualTo(json(told.get(1)));
        assertThat(row.date()).isEqualTo("2025-12-12");
        assertThat(row.historical()).isFalse();
        assertThat(row.firstSeen()).isEqualTo(T0);
        assertThat(row.lastSeen()).isEqualTo(T1);
        // In any order: the same row.
        List<Mention> reversed = new ArrayList<>(of(EVENT));
        java.util.Collections.reverse(reversed);
        assertThat(EventRows.recompute(reversed, EventRowsTest::read)).isEqualTo(row);

        apply(told.get(2), "2025-12-12", true);
        assertThat(EventRows.recompute(of(EVENT), EventRowsTest::read).historical()).isFalse(); // not newer: unchanged
    }

    @Test
    void anAidRowTakesItsScopeFromItsPurposeWhenItHasNone() {
        String sentence = "Washington gives 84 million dollars to Peru.";
        AidEvent aid = new AidEvent("e-000000000000000000000009", "m-000000000000000000000009", EventType.AID,
                "a-000000000000000000000009", null, T0, "1.0.0", 0.85, new Evidence(sentence, 0, sentence.length(), "en"), "USA", "PER",
                BigDecimal.valueOf(84_000_000), "USD", BigDecimal.valueOf(84_000_000), 2012, false, AidEvent.AidStatus.ACTUAL,
                AidEvent.AidPurpose.SECURITY, null, null);
        apply(aid, null, false);
        Row row = EventRows.recompute(of(aid.eventId()), EventRowsTest::read);
        assertThat(row.type()).isEqualTo(EventType.AID);
        assertThat(row.scope()).isEqualTo(AidEvent.AidScope.MILITARY_SECURITY);
        assertThat(row.countries()).containsExactly("PER", "USA");
        assertThat(row.stage()).isNull();
        assertThat(EventRows.scopeOf(null)).isEqualTo(AidEvent.AidScope.UNKNOWN);
        assertThat(EventRows.scopeOf(AidEvent.AidPurpose.HUMANITARIAN)).isEqualTo(AidEvent.AidScope.HUMANITARIAN);
    }
}
