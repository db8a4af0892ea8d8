package io.allywatch.query.designations;

import io.allywatch.query.designations.DesignationLifecycle.Claim;
import io.allywatch.query.events.EventChanged;
import io.allywatch.query.events.EventMention;
import io.allywatch.query.events.EventRecord;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Designation claims read from the store, kept in memory until a designation event changes.
 * Designations are few (one event per country and stage) and read far more often than they
 * change, so both designation endpoints answer from memory; any committed designation change
 * makes the next read reload. A load is tagged with the generation it started in, so a load that
 * raced with a change is never taken as current. Other replicas project other partitions into the
 * same database without telling this one, so the generation also moves every max-staleness:
 * what another replica wrote is visible here within that bound.
 */
@ApplicationScoped
public class DesignationStore {
    private final AtomicLong generation = new AtomicLong();
    private final long maxStalenessNanos;
    private volatile Snapshot all;
    private final Map<String, CountryDetail> details = new ConcurrentHashMap<>();

    public DesignationStore(@ConfigProperty(name = "allywatch.designations.max-staleness") Duration maxStaleness) {
        this.maxStalenessNanos = Math.max(1, maxStaleness.toNanos());
    }

    private record Snapshot(long generation, Map<String, List<Claim>> claimsByCountry) {
    }

    /** A country's claims and every mention (evidence) of them, best first per event. */
    public record CountryDetail(long generation, List<Claim> claims, Map<String, List<EventMention>> mentions) {
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventChanged change) {
        if ("DESIGNATION".equals(change.event().type())) {
            generation.incrementAndGet();
        }
    }

    /**
     * Changes with every committed designation change here, and every max-staleness for changes
     * made by other replicas; read it before the data it tags.
     */
    public long generation() {
        return (generation.get() << 32) | ((System.nanoTime() / maxStalenessNanos) & 0xffffffffL);
    }

    public Map<String, List<Claim>> claimsByCountry() {
        Snapshot s = all;
        if (s != null && s.generation() == generation()) {
            return s.claimsByCountry();
        }
        return reloadAll();
    }

    private synchronized Map<String, List<Claim>> reloadAll() {
        long g = generation();
        if (all != null && all.generation() == g) {
            return all.claimsByCountry();
        }
        List<EventRecord> events = EventRecord.allDesignations();
        Map<String, Instant[]> publication = Panache.getEntityManager().createQuery(
                        "select m.eventId, min(m.publishedAt), max(m.publishedAt) from EventMention m where m.eventId in "
                                + "(select e.eventId from EventRecord e where e.type = 'DESIGNATION') group by m.eventId",
                        Object[].class).getResultList().stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> new Instant[] {(Instant) r[1], (Instant) r[2]}));
        Map<String, List<Claim>> claims = events.stream().collect(Collectors.groupingBy(e -> e.country,
                Collectors.mapping(e -> claim(e, publication.getOrDefault(e.eventId, new Instant[2])), Collectors.toList())));
        all = new Snapshot(g, Map.copyOf(claims));
        return all.claimsByCountry();
    }

    /** The country's detail, or null when no designation event names it. */
    public CountryDetail detail(String country) {
        long g = generation();
        CountryDetail d = details.get(country);
        if (d != null && d.generation() == g) {
            return d;
        }
        List<EventRecord> events = EventRecord.designationsOf(country);
        if (events.isEmpty()) {
            return null;
        }
        Map<String, List<EventMention>> mentions = EventMention.ofEvents(events.stream().map(e -> e.eventId).toList())
                .stream().collect(Collectors.groupingBy(m -> m.eventId));
        List<Claim> claims = events.stream().map(e -> {
            List<Instant> published = mentions.getOrDefault(e.eventId, List.of()).stream().map(m -> m.publishedAt)
                    .filter(java.util.Objects::nonNull).sorted().toList();
            return claim(e, published.isEmpty() ? new Instant[2]
                    : new Instant[] {published.get(0), published.get(published.size() - 1)});
        }).toList();
        CountryDetail loaded = new CountryDetail(g, claims, Map.copyOf(mentions));
        details.put(country, loaded);
        return loaded;
    }

    private static Claim claim(EventRecord e, Instant[] publication) {
        return new Claim(e.eventId, e.stage, e.date, publication[0], publication[1], e.firstSeen, e.historical, e.sourceCount);
    }
}
