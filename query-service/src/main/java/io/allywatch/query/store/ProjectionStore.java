package io.allywatch.query.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.allywatch.contract.ArticleExtraction;
import io.allywatch.contract.Event;
import io.allywatch.http.StoreOutage;
import io.allywatch.query.domain.EventChanged;
import io.allywatch.query.domain.EventRows;
import io.allywatch.query.domain.EventRows.Admission;
import io.allywatch.query.domain.UnreadableEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * The read store as the projector writes it: mentions under their mentionId, each article's newest
 * extractor version, and event rows recomputed ({@link EventRows}) from all their mentions. A
 * committed change is announced as an {@link EventChanged}, fired inside the transaction so that
 * observers see it only once it is committed.
 */
@ApplicationScoped
public class ProjectionStore {
    /** A readable mention record: the event it tells, its JSON as received, when it reached its topic (epoch ms). */
    public record MentionRecord(Event event, String payload, long timestamp) {
    }

    /** A readable extraction record (articles.extracted) and when it reached its topic (epoch ms). */
    public record ExtractionRecord(ArticleExtraction extraction, long timestamp) {
    }

    private final ObjectMapper json;
    private final jakarta.enterprise.event.Event<EventChanged> changes;
    private final AgroalDataSource dataSource;
    private final Duration validationTimeout;

    public ProjectionStore(ObjectMapper json, jakarta.enterprise.event.Event<EventChanged> changes, AgroalDataSource dataSource,
                           @ConfigProperty(name = "allywatch.projection.store-check-timeout") Duration validationTimeout) {
        this.json = json;
        this.changes = changes;
        this.dataSource = dataSource;
        this.validationTimeout = validationTimeout;
    }

    /** Writes the records in a transaction of their own; throws whatever the store answers if it refuses them. */
    public void write(List<MentionRecord> mentions, List<ExtractionRecord> extractions) {
        QuarkusTransaction.requiringNew().run(() -> writeAll(mentions, extractions));
    }

    /**
     * Whether a failure means the store cannot be reached: by its kind, or else by asking the store.
     * Drivers and the pool do not always say so (a broken H2 connection surfaces as a failed XA
     * enlistment with no SQL state), so a failure of unknown kind is checked with a live connection.
     */
    public boolean unreachable(RuntimeException failure) {
        if (StoreOutage.is(failure)) {
            return true;
        }
        try (Connection c = dataSource.getConnection()) {
            return !c.isValid((int) Math.max(1, validationTimeout.toSeconds()));
        } catch (SQLException | RuntimeException unreachable) {
            return true;
        }
    }

    /**
     * Applies the extraction records (per article, the mentions of older extractor versions that the
     * newer one does not list are deleted), stores the mentions that are new or newer (leaving out
     * those of an older version than the one that last read their article), then recomputes each
     * event they touch once: an event left with no mention is gone.
     */
    private void writeAll(List<MentionRecord> batch, List<ExtractionRecord> extractionBatch) {
        Set<String> articleIds = new HashSet<>();
        batch.forEach(r -> articleIds.add(r.event().articleId()));
        extractionBatch.forEach(x -> articleIds.add(x.extraction().articleId()));
        Map<String, ArticleExtractionRecord> readBy = new HashMap<>();
        if (!articleIds.isEmpty()) {
            ArticleExtractionRecord.<ArticleExtractionRecord>list("articleId in ?1", List.copyOf(articleIds))
                    .forEach(a -> readBy.put(a.articleId, a));
        }
        // Events whose mentions an extraction record took away, with the timestamp of that record.
        Map<String, Long> emptied = new LinkedHashMap<>();
        for (ExtractionRecord x : extractionBatch) {
            applyExtraction(x, readBy, emptied);
        }
        Map<String, EventMention> stored = batch.isEmpty() ? new HashMap<>() : EventMention.<EventMention>list("mentionId in ?1",
                        batch.stream().map(r -> r.event().mentionId()).distinct().toList())
                .stream().collect(Collectors.toMap(m -> m.mentionId, m -> m));
        // Changed events, in the order first changed, with the earliest timestamp of the records that changed them.
        Map<String, Long> changed = new LinkedHashMap<>();
        for (MentionRecord r : batch) {
            Event event = r.event();
            MDC.put("articleId", event.articleId());
            try {
                ArticleExtractionRecord newest = readBy.get(event.articleId());
                EventMention mention = stored.get(event.mentionId());
                Admission admission = EventRows.admit(event, newest == null ? null : newest.extractorVersion,
                        mention == null ? null : mention.extractedAt);
                if (admission == Admission.NEW) {
                    mention = new EventMention();
                    mention.mentionId = event.mentionId();
                    mention.fill(event, r.payload());
                    mention.persist();
                    stored.put(mention.mentionId, mention);
                } else if (admission == Admission.NEWER) {
                    mention.fill(event, r.payload());
                }
                if (admission.changes()) {
                    changed.merge(event.eventId(), r.timestamp(), Math::min);
                }
            } finally {
                MDC.remove("articleId");
            }
        }
        if (changed.isEmpty() && emptied.isEmpty()) {
            return;
        }
        EventMention.flush();
        // The mentions are written; from here only rows change, so the queries below need no flush (and no dirty
        // check of every entity in the session) before them: the rest is flushed at commit.
        EventMention.getEntityManager().setFlushMode(FlushModeType.COMMIT);
        // Rows by primary key, in one query. Mentions one event at a time: "event_id in (500 ids)" on the
        // non-unique index makes PostgreSQL scan the whole table when its statistics are missing or stale.
        Map<String, EventRecord> rows = new HashMap<>();
        if (!changed.isEmpty()) {
            EventRecord.<EventRecord>list("eventId in ?1", List.copyOf(changed.keySet())).forEach(row -> rows.put(row.eventId, row));
        }
        // An event with no row yet has no mentions but this batch's (row and mentions commit together), so
        // only events seen before need their mentions read back: most of a bulk load is new events.
        Map<String, List<EventMention>> newEventMentions = stored.values().stream()
                .filter(m -> !rows.containsKey(m.eventId))
                .collect(Collectors.groupingBy(m -> m.eventId));
        changed.forEach((eventId, timestamp) -> {
            List<EventMention> mentions = rows.containsKey(eventId) ? EventMention.ofEvent(eventId) : newEventMentions.get(eventId);
            EventRecord row = recompute(mentions, rows.get(eventId));
            changes.fire(new EventChanged(row.summary(json), timestamp));
        });
        emptied.forEach((eventId, timestamp) -> {
            if (changed.containsKey(eventId)) {
                return;
            }
            EventRecord row = EventRecord.findById(eventId);
            if (row == null) {
                return;
            }
            List<EventMention> mentions = EventMention.ofEvent(eventId);
            if (mentions.isEmpty()) {
                // No article reports it any more: gone from every answer; the stream says so with no mentions left.
                row.mentionCount = 0;
                row.sourceCount = 0;
                var gone = row.summary(json);
                row.delete();
                changes.fire(new EventChanged(gone, timestamp));
            } else {
                changes.fire(new EventChanged(recompute(mentions, row).summary(json), timestamp));
            }
        });
    }

    /**
     * One article's extraction record: if no newer version has read the article, it becomes the
     * article's version, and the article's mentions from older versions that it does not list are
     * deleted (their events go into {@code emptied} to be recomputed).
     */
    private void applyExtraction(ExtractionRecord x, Map<String, ArticleExtractionRecord> readBy, Map<String, Long> emptied) {
        ArticleExtraction extraction = x.extraction();
        ArticleExtractionRecord known = readBy.get(extraction.articleId());
        if (!EventRows.takesOver(extraction, known == null ? null : known.extractorVersion)) {
            return; // an older version's record, arriving late (a replay): the newer reading stands
        }
        if (known == null) {
            known = new ArticleExtractionRecord();
            known.articleId = extraction.articleId();
            known.fill(extraction);
            known.persist();
            readBy.put(known.articleId, known);
        } else {
            known.fill(extraction);
        }
        Map<String, EventMention> ofArticle = EventMention.<EventMention>list("articleId", extraction.articleId()).stream()
                .collect(Collectors.toMap(m -> m.mentionId, m -> m, (a, b) -> a, LinkedHashMap::new));
        for (EventRows.Mention dropped : EventRows.droppedBy(extraction, ofArticle.values().stream().map(EventMention::facts).toList())) {
            ofArticle.get(dropped.mentionId()).delete();
            emptied.merge(dropped.eventId(), x.timestamp(), Math::min);
        }
    }

    private EventRecord recompute(List<EventMention> mentions, EventRecord row) {
        EventRows.Row computed = EventRows.recompute(mentions.stream().map(EventMention::facts).toList(), this::readStored);
        if (row == null) {
            row = new EventRecord();
        }
        row.apply(computed);
        row.persist();
        return row;
    }

    private Event readStored(String payload) {
        try {
            return json.readValue(payload, Event.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("stored mention is no longer an Event: " + e.getOriginalMessage());
        }
    }
}
