package io.allywatch.query.store;

import io.allywatch.contract.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Events as the event endpoints read them: a page of rows newest first, or one row with its mentions. */
@ApplicationScoped
public class EventStore {
    /** The filters of /api/events, already checked; empty ones do not filter. */
    public record Filter(Optional<EventType> type, Optional<String> country, Optional<Instant> since, Optional<Instant> until) {
    }

    /** Where the previous page ended: its last (firstSeen, eventId). */
    public record After(Instant firstSeen, String eventId) {
    }

    /**
     * Up to {@code limit} rows newest first (by firstSeen, then eventId), after {@code after} if given:
     * keyset paging that new events cannot shift. Ask for one more than a page to know whether there is a next one.
     */
    public List<EventRecord> page(Filter filter, Optional<After> after, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        filter.type().ifPresent(t -> {
            where.append(" and type = :type");
            params.put("type", t.name());
        });
        filter.country().ifPresent(c -> {
            where.append(" and countries like :country");
            params.put("country", "%," + c + ",%");
        });
        filter.since().ifPresent(f -> {
            where.append(" and firstSeen >= :since");
            params.put("since", f);
        });
        filter.until().ifPresent(t -> {
            where.append(" and firstSeen < :until");
            params.put("until", t);
        });
        after.ifPresent(a -> {
            where.append(" and (firstSeen < :afterSeen or (firstSeen = :afterSeen and eventId < :afterId))");
            params.put("afterSeen", a.firstSeen());
            params.put("afterId", a.eventId());
        });
        return EventRecord.<EventRecord>find(where + " order by firstSeen desc, eventId desc", params).range(0, limit - 1).list();
    }

    public Optional<EventRecord> find(String eventId) {
        return EventRecord.findByIdOptional(eventId);
    }

    /** Every mention of the event, best first. */
    public List<EventMention> mentionsOf(String eventId) {
        return EventMention.ofEvent(eventId);
    }
}
