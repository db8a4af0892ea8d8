package io.allywatch.query.store;

import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.EventType;
import io.allywatch.query.domain.DesignationLifecycle.Claim;
import io.allywatch.query.domain.EventChanged;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Designation claims read from the store, kept in memory until a designation event changes.
 * Designations are few (one event per country and stage) and read far more often than they
 * change, so both designation endpoints answer from memory; any committed designation change
 * makes the next read reload. A load is tagged with the generation it started in, so a load that
 * raced with a change is never taken as current.
 * <p>
 * Other replicas project other partitions into the same database without telling this one. So at
 * most every max-staleness one request thread reads a cheap stamp of the designation rows (their
 * number, mentions and latest sighting: a few hundred rows on an index) and moves the generation
 * only if the stamp moved; meanwhile the other threads keep serving the copy they have. Reloading
 * on every tick instead made each tick's requests wait for the reload (docs/BENCHMARKS.md, Query).
 */
@ApplicationScoped
public class DesignationStore {
    private final AtomicLong localChanges = new AtomicLong();
    private final AtomicLong storeChanges = new AtomicLong();
    private final long maxStalenessNanos;
    private final ReentrantLock stampCheck = new ReentrantLock();
    private volatile long nextStampCheck = System.nanoTime();
    private volatile List<Object> lastStamp;
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
        if (change.event().type() == EventType.DESIGNATION) {
            localChanges.incrementAndGet();
        }
    }

    /**
     * Changes with every committed designation change here, and within max-staleness of a change
     * made by another replica; read it before the data it tags.
     */
    public long generation() {
        long now = System.nanoTime();
        if (now - nextStampCheck >= 0 && stampCheck.tryLock()) {
            try {
                if (now - nextStampCheck >= 0) {
                    nextStampCheck = now + maxStalenessNanos;
                    List<Object> stamp = storeStamp();
                    if (!stamp.equals(lastStamp)) {
                        lastStamp = stamp;
                        storeChanges.incrementAndGet();
                    }
                }
            } finally {
                stampCheck.unlock();
            }
        }
        return (localChanges.get() << 32) | (storeChanges.get() & 0xffffffffL);
    }

    /** Moves whenever any replica adds, changes or re-sights a designation event. */
    private static List<Object> storeStamp() {
        Object[] row = Panache.getEntityManager().createQuery(
                "select count(e), sum(e.mentionCount), sum(e.sourceCount), max(e.lastSeen) from EventRecord e "
                        + "where e.type = '" + EventType.DESIGNATION.name() + "'", Object[].class).getSingleResult();
        return java.util.Arrays.asList(row);
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
        return new Claim(e.eventId, DesignationStage.valueOf(e.stage), e.date, publication[0], publication[1], e.firstSeen, e.historical, e.sourceCount);
    }
}
