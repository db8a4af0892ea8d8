package io.allywatch.query.store;

import io.allywatch.contract.AidEvent.AidPurpose;
import io.allywatch.contract.AidEvent.AidScope;
import io.allywatch.contract.AidEvent.AidStatus;
import io.allywatch.contract.EventType;
import io.allywatch.query.domain.AidTotals.Sum;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Aid events as the aid endpoints read them: filtered, paged, and summed per key, status and currency. */
@ApplicationScoped
public class AidStore {
    /** What to group sums by: each is a mapped attribute of {@link EventRecord}. */
    public enum GroupBy {
        RECIPIENT("recipient"), YEAR("year"), PURPOSE("purpose"), PROGRAM("program"), DONOR("donor"), SCOPE("scope");

        private final String attribute;

        GroupBy(String attribute) {
            this.attribute = attribute;
        }
    }

    /** The filters shared by both endpoints, already checked; empty ones do not filter. */
    public record Filter(Optional<String> donor, Optional<String> recipient, Optional<Integer> fromYear, Optional<Integer> toYear,
                         Optional<AidPurpose> purpose, Optional<AidStatus> status, Optional<String> program, Optional<AidScope> scope) {
    }

    /** A filter as an HQL condition with its parameters. */
    private record Where(String condition, Map<String, Object> params) {
        static Where of(Filter f) {
            StringBuilder where = new StringBuilder("type = '" + EventType.AID.name() + "'");
            Map<String, Object> params = new HashMap<>();
            f.donor().ifPresent(c -> add(where, params, "donor = :donor", "donor", c));
            f.recipient().ifPresent(c -> add(where, params, "recipient = :recipient", "recipient", c));
            f.fromYear().ifPresent(y -> add(where, params, "year >= :fromYear", "fromYear", y));
            f.toYear().ifPresent(y -> add(where, params, "year <= :toYear", "toYear", y));
            f.purpose().ifPresent(p -> add(where, params, "purpose = :purpose", "purpose", p.name()));
            f.status().ifPresent(s -> add(where, params, "aidStatus = :status", "status", s.name()));
            f.program().ifPresent(p -> add(where, params, "program = :program", "program", p));
            f.scope().ifPresent(s -> add(where, params, "scope = :scope", "scope", s.name()));
            return new Where(where.toString(), params);
        }

        private static void add(StringBuilder where, Map<String, Object> params, String condition, String name, Object value) {
            where.append(" and ").append(condition);
            params.put(name, value);
        }
    }

    public long count(Filter filter) {
        Where where = Where.of(filter);
        return EventRecord.count(where.condition(), where.params());
    }

    /** Newest year first (undated last), then by eventId. */
    public List<EventRecord> page(Filter filter, int skip, int size) {
        Where where = Where.of(filter);
        return EventRecord.<EventRecord>find(where.condition() + " order by year desc nulls last, eventId", where.params())
                .range(skip, skip + size - 1).list();
    }

    /**
     * Sums per key, status and currency. A part is already in its total, and an amount summed over
     * years belongs to no year: neither is added.
     */
    public List<Sum> sums(Filter filter, GroupBy groupBy) {
        Where where = Where.of(filter);
        String attribute = groupBy.attribute;
        var query = Panache.getEntityManager().createQuery("select e." + attribute + ", e.aidStatus, e.currency, sum(e.amount), "
                + "sum(e.amountUsd), count(e), count(e.amountUsd) from EventRecord e where " + where.condition()
                + " and e.partOf is null and (e.cumulative is null or e.cumulative = false)"
                + " group by e." + attribute + ", e.aidStatus, e.currency", Object[].class);
        where.params().forEach(query::setParameter);
        return query.getResultList().stream().map(r -> new Sum(r[0] == null ? null : r[0].toString(), (String) r[1],
                (String) r[2], (BigDecimal) r[3], (BigDecimal) r[4], ((Number) r[5]).longValue(), ((Number) r[6]).longValue()))
                .toList();
    }
}
