package io.allywatch.query.domain;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.AidEvent.AidPurpose;
import io.allywatch.contract.AidEvent.AidScope;
import io.allywatch.contract.ArticleExtraction;
import io.allywatch.contract.CooperationEvent;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.Event;
import io.allywatch.contract.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What a mention or an extraction record changes, and an event's row recomputed from all its
 * mentions. Pure logic: the store reads and writes, this decides, so redelivery, replay and
 * re-extraction are tested without a database or a broker.
 */
public final class EventRows {
    private EventRows() {
    }

    /** One article's evidence for one event, as stored (its {@code payload} is the Event as published). */
    public record Mention(String mentionId, String eventId, String articleId, Instant publishedAt, Instant extractedAt,
                          String extractorVersion, double confidence, String date, boolean historical, String payload) {
    }

    /** Best evidence first: most confident, then earliest published (undated last), then by id. */
    public static final Comparator<Mention> BEST_FIRST = Comparator
            .comparingDouble((Mention m) -> -m.confidence())
            .thenComparing(Mention::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Mention::mentionId);

    /** What an incoming mention does to the one stored under its mentionId (if any). */
    public enum Admission {
        /** First time seen: stored. */
        NEW,
        /** Extracted again, later: replaces the stored one. */
        NEWER,
        /** Not newer than the stored one (a redelivery or a replay): changes nothing. */
        REDELIVERY,
        /** A newer extractor version has read its article since: it no longer counts. */
        SUPERSEDED;

        public boolean changes() {
            return this == NEW || this == NEWER;
        }
    }

    /**
     * @param articleVersion the newest extractor version that read the mention's article, null if none is known
     * @param storedExtractedAt when the stored mention of the same mentionId was extracted, null if none is stored
     */
    public static Admission admit(Event incoming, String articleVersion, Instant storedExtractedAt) {
        if (articleVersion != null && ExtractorVersions.older(incoming.extractorVersion(), articleVersion)) {
            return Admission.SUPERSEDED;
        }
        if (storedExtractedAt != null && !incoming.extractedAt().isAfter(storedExtractedAt)) {
            return Admission.REDELIVERY;
        }
        return storedExtractedAt == null ? Admission.NEW : Admission.NEWER;
    }

    /** Whether an extraction record becomes its article's reading: unless a newer version has read the article already. */
    public static boolean takesOver(ArticleExtraction extraction, String articleVersion) {
        return articleVersion == null || !ExtractorVersions.older(extraction.extractorVersion(), articleVersion);
    }

    /** The article's mentions that the extraction record drops: from an older version, and not listed by the newer one. */
    public static List<Mention> droppedBy(ArticleExtraction extraction, List<Mention> articleMentions) {
        Set<String> listed = Set.copyOf(extraction.mentionIds());
        return articleMentions.stream()
                .filter(m -> !listed.contains(m.mentionId()) && ExtractorVersions.older(m.extractorVersion(), extraction.extractorVersion()))
                .toList();
    }

    /**
     * An event's row: derived from all its mentions, never edited directly. {@code told}: the event as
     * its best mention tells it, whose payload the row shows and whose type-specific fields it takes.
     */
    public record Row(String eventId, Event told, String payload, double confidence, int mentionCount, int sourceCount,
                      Instant firstSeen, Instant lastSeen, boolean historical, String date, AidScope scope,
                      List<String> countries) {
        public EventType type() {
            return told.type();
        }

        /** The designation's stage; null for other types. */
        public DesignationStage stage() {
            return told instanceof DesignationEvent d ? d.stage() : null;
        }
    }

    /**
     * The row of the event these mentions (at least one) are evidence for. {@code read} turns a
     * stored payload back into its Event (only the best mention's is read).
     */
    public static Row recompute(List<Mention> mentions, Function<String, Event> read) {
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an event with no mention has no row");
        }
        List<Mention> ranked = mentions.stream().sorted(BEST_FIRST).toList();
        Mention best = ranked.get(0); // a stable choice
        Event told = read.apply(best.payload());
        List<String> countries = new ArrayList<>();
        AidScope scope = null;
        if (told instanceof DesignationEvent d) {
            countries.add(d.country());
        } else if (told instanceof AidEvent a) {
            scope = a.scope() != null ? a.scope() : scopeOf(a.purpose());
            countries.add(a.donor());
            countries.add(a.recipient());
        } else if (told instanceof CooperationEvent c) {
            countries.addAll(c.actors());
        }
        return new Row(told.eventId(), told, best.payload(), best.confidence(), ranked.size(),
                (int) ranked.stream().map(Mention::articleId).distinct().count(),
                ranked.stream().map(Mention::extractedAt).min(Comparator.naturalOrder()).orElseThrow(),
                ranked.stream().map(Mention::extractedAt).max(Comparator.naturalOrder()).orElseThrow(),
                // Background only if every article mentions it as background.
                ranked.stream().allMatch(Mention::historical),
                bestDate(ranked), scope,
                countries.stream().filter(Objects::nonNull).distinct().sorted().toList());
    }

    /** A v1.0 mention has no scope: its purpose tells it. */
    public static AidScope scopeOf(AidPurpose purpose) {
        if (purpose == null) {
            return AidScope.UNKNOWN;
        }
        return switch (purpose) {
            case MILITARY, SECURITY, COUNTER_NARCOTICS, COUNTER_TERRORISM -> AidScope.MILITARY_SECURITY;
            case ECONOMIC -> AidScope.ECONOMIC;
            case HUMANITARIAN -> AidScope.HUMANITARIAN;
            case OTHER -> AidScope.UNKNOWN;
        };
    }

    /** The most precise date any mention gives; among equally precise ones, the earliest. */
    public static String bestDate(List<Mention> mentions) {
        return mentions.stream().map(Mention::date).filter(d -> d != null && !d.isBlank())
                .min(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .orElse(null);
    }
}
