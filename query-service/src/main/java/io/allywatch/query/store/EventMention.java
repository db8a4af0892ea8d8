package io.allywatch.query.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** One article's evidence for one event, exactly as the extractor published it. */
@Entity
@Table(name = "event_mention")
public class EventMention extends PanacheEntityBase {
    @Id
    @Column(name = "mention_id")
    public String mentionId;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "extracted_at")
    public Instant extractedAt;
    @Column(name = "extractor_version")
    public String extractorVersion;
    public double confidence;
    @Column(name = "event_date")
    public String date;
    public boolean historical;
    @Column(name = "evidence_text")
    public String evidenceText;
    @Column(name = "evidence_start")
    public int evidenceStart;
    @Column(name = "evidence_end")
    public int evidenceEnd;
    @Column(name = "evidence_lang")
    public String evidenceLang;
    public String payload;

    /** Best evidence first: most confident, then earliest published (undated last), then by id. */
    public static final Comparator<EventMention> BEST_FIRST = Comparator
            .comparingDouble((EventMention m) -> -m.confidence)
            .thenComparing(m -> m.publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(m -> m.mentionId);

    public static List<EventMention> ofEvent(String eventId) {
        return EventMention.<EventMention>list("eventId", eventId).stream().sorted(BEST_FIRST).toList();
    }

    public static List<EventMention> ofEvents(Collection<String> eventIds) {
        return eventIds.isEmpty() ? List.of()
                : EventMention.<EventMention>list("eventId in ?1", eventIds).stream().sorted(BEST_FIRST).toList();
    }
}
