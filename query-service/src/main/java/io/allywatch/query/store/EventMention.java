package io.allywatch.query.store;

import io.allywatch.contract.CooperationEvent;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.Event;
import io.allywatch.query.domain.EventRows;
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

    /** The mention as the row recompute reads it. */
    public EventRows.Mention facts() {
        return new EventRows.Mention(mentionId, eventId, articleId, publishedAt, extractedAt, extractorVersion, confidence, date,
                historical, payload);
    }

    /** Takes what the event says (filled before persist: the insert takes the state at persist). */
    public void fill(Event event, String json) {
        eventId = event.eventId();
        articleId = event.articleId();
        publishedAt = event.publishedAt();
        extractedAt = event.extractedAt();
        extractorVersion = event.extractorVersion();
        confidence = event.confidence();
        evidenceText = event.evidence().text();
        evidenceStart = event.evidence().start();
        evidenceEnd = event.evidence().end();
        evidenceLang = event.evidence().lang();
        payload = json;
        if (event instanceof DesignationEvent d) {
            date = d.date();
            historical = d.historical();
        } else if (event instanceof CooperationEvent c) {
            date = c.date();
        }
    }

    /** Best evidence first: most confident, then earliest published (undated last), then by id. */
    public static final Comparator<EventMention> BEST_FIRST = Comparator.comparing(EventMention::facts, EventRows.BEST_FIRST);

    public static List<EventMention> ofEvent(String eventId) {
        return EventMention.<EventMention>list("eventId", eventId).stream().sorted(BEST_FIRST).toList();
    }

    public static List<EventMention> ofEvents(Collection<String> eventIds) {
        return eventIds.isEmpty() ? List.of()
                : EventMention.<EventMention>list("eventId in ?1", eventIds).stream().sorted(BEST_FIRST).toList();
    }
}
