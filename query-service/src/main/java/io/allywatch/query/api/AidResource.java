package io.allywatch.query.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.AidEvent.AidPurpose;
import io.allywatch.contract.AidEvent.AidStatus;
import io.allywatch.contract.AidEvent;
import io.allywatch.http.ProblemException;
import io.allywatch.query.domain.AidTotals.Group;
import io.allywatch.query.domain.AidTotals.Sum;
import io.allywatch.query.domain.AidTotals;
import io.allywatch.query.store.EventRecord;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/aid")
@Produces(MediaType.APPLICATION_JSON)
public class AidResource {
    /** groupBy value → the mapped attribute it groups on. */
    private static final Map<String, String> GROUP_BY = Map.of(
            "recipient", "recipient", "year", "year", "purpose", "purpose", "program", "program", "donor", "donor", "scope", "scope");

    private final ObjectMapper json;
    private final int defaultLimit;
    private final int maxLimit;

    public AidResource(ObjectMapper json,
                       @ConfigProperty(name = "allywatch.query.page.default-limit") int defaultLimit,
                       @ConfigProperty(name = "allywatch.query.page.max-limit") int maxLimit) {
        this.json = json;
        this.defaultLimit = defaultLimit;
        this.maxLimit = maxLimit;
    }

    /** One aid event: who gives how much to whom, for what, and the sentence that says so. */
    public record AidRecord(String eventId, String donor, String recipient, BigDecimal amount, String currency,
                            BigDecimal amountUsd, Integer year, Boolean fiscalYear, String status, String purpose,
                            String program, String attributedTo, int mentionCount, int sourceCount, Instant firstSeen,
                            JsonNode evidence, String scope, String partOf, boolean cumulative, Integer sinceYear) {
    }

    public record AidPage(List<AidRecord> items, long total, int limit, int offset) {
    }

    public record AidSummary(String groupBy, String rule, List<Group> groups) {
    }

    /** The filters shared by both endpoints, checked, as an HQL condition with its parameters. */
    private record Filter(String where, Map<String, Object> params) {
        static Filter of(String donor, String recipient, String fromYear, String toYear, String purpose, String status,
                         String program, String scope) {
            StringBuilder where = new StringBuilder("type = 'AID'");
            Map<String, Object> params = new HashMap<>();
            QueryParams.country("donor", donor).ifPresent(c -> add(where, params, "donor = :donor", "donor", c));
            QueryParams.country("recipient", recipient).ifPresent(c -> add(where, params, "recipient = :recipient", "recipient", c));
            Optional<Integer> from = QueryParams.year("fromYear", fromYear);
            Optional<Integer> to = QueryParams.year("toYear", toYear);
            if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
                throw ProblemException.badRequest("fromYear (" + from.get() + ") is after toYear (" + to.get() + ").");
            }
            from.ifPresent(y -> add(where, params, "year >= :fromYear", "fromYear", y));
            to.ifPresent(y -> add(where, params, "year <= :toYear", "toYear", y));
            QueryParams.oneOf("purpose", purpose, AidPurpose.class).ifPresent(p -> add(where, params, "purpose = :purpose", "purpose", p.name()));
            QueryParams.oneOf("status", status, AidStatus.class).ifPresent(s -> add(where, params, "aidStatus = :status", "status", s.name()));
            if (program != null && !program.isBlank()) {
                add(where, params, "program = :program", "program", program.strip().toUpperCase(Locale.ROOT));
            }
            QueryParams.oneOf("scope", scope, AidEvent.AidScope.class).ifPresent(s -> add(where, params, "scope = :scope", "scope", s.name()));
            return new Filter(where.toString(), params);
        }

        private static void add(StringBuilder where, Map<String, Object> params, String condition, String name, Object value) {
            where.append(" and ").append(condition);
            params.put(name, value);
        }
    }

    @GET
    @Operation(summary = "Aid records, newest year first, paged",
            description = "One record per aid event (merged across the articles that report it), with its amount in the "
                    + "original currency and in USD when known, and the evidence sentence of its most confident mention.")
    @APIResponse(responseCode = "200", description = "A page of aid records", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Peru 2012", value = """
                    {"items":[{"eventId":"e-91d0c6a2b7e84f3a5c1d2e0f","donor":"USA","recipient":"PER","amount":84000000,
                    "currency":"USD","amountUsd":84000000,"year":2012,"fiscalYear":false,"status":"ACTUAL","purpose":"SECURITY",
                    "program":null,"attributedTo":"Congressional Research Service","mentionCount":1,"sourceCount":1,
                    "firstSeen":"2026-11-23T10:00:06Z","evidence":{"text":"In 2012, Washington is devoting $84 million of aid to Peru, according to estimates by the Congressional Research Service.","start":1204,"end":1325,"lang":"en"}}],
                    "total":1,"limit":50,"offset":0}""")))
    @APIResponse(responseCode = "400", description = "A bad filter, limit or offset", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "bad year", value = """
                    {"type":"about:blank","title":"Bad Request","status":400,"detail":"fromYear must be a year such as 2012; got 'last'."}""")))
    public AidPage list(
            @Parameter(description = "ISO 3166-1 alpha-3", example = "USA") @QueryParam("donor") String donor,
            @Parameter(description = "ISO 3166-1 alpha-3", example = "PER") @QueryParam("recipient") String recipient,
            @Parameter(description = "Earliest year (calendar or fiscal, as reported)", example = "2010") @QueryParam("fromYear") String fromYear,
            @Parameter(description = "Latest year", example = "2025") @QueryParam("toYear") String toYear,
            @Parameter(description = "MILITARY, SECURITY, COUNTER_NARCOTICS, COUNTER_TERRORISM, ECONOMIC, HUMANITARIAN, OTHER",
                    example = "SECURITY") @QueryParam("purpose") String purpose,
            @Parameter(description = "ACTUAL, PLANNED or REQUESTED", example = "ACTUAL") @QueryParam("status") String status,
            @Parameter(description = "FMF, IMET, INCLE, …", example = "FMF") @QueryParam("program") String program,
            @Parameter(description = "MILITARY_SECURITY, ECONOMIC, HUMANITARIAN, MIXED or UNKNOWN", example = "MILITARY_SECURITY")
            @QueryParam("scope") String scope,
            @Parameter(description = "Page size, 1 to 500; default 50", example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "Records to skip", example = "0") @QueryParam("offset") String offset) {
        Filter filter = Filter.of(donor, recipient, fromYear, toYear, purpose, status, program, scope);
        int size = QueryParams.limit(limit, defaultLimit, maxLimit);
        int skip = QueryParams.count("offset", offset, 0, 0, Integer.MAX_VALUE - maxLimit);
        long total = EventRecord.count(filter.where(), filter.params());
        List<AidRecord> items = EventRecord.<EventRecord>find(filter.where() + " order by year desc nulls last, eventId",
                        filter.params()).range(skip, skip + size - 1).list().stream().map(this::record).toList();
        return new AidPage(items, total, size, skip);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Aid totals by recipient, year, purpose, program or donor; per status, never mixed",
            description = "Each group is one key and one status: ACTUAL, PLANNED and REQUESTED are never added together. "
                    + "Amounts are given per original currency and summed in USD over the events that carry a USD amount "
                    + "(eventsWithoutUsd counts the others). Takes the same filters as /api/aid.")
    @APIResponse(responseCode = "200", description = "Totals", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "by year", value = """
                    {"groupBy":"year","rule":"Totals are per status: PLANNED and REQUESTED amounts are never added to ACTUAL ones.",
                    "groups":[{"key":"2012","status":"ACTUAL","events":1,"totals":[{"currency":"USD","amount":84000000,"events":1}],
                    "amountUsd":84000000,"eventsWithoutUsd":0}]}""")))
    @APIResponse(responseCode = "400", description = "groupBy missing or unknown, or a bad filter", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "bad groupBy", value = """
                    {"type":"about:blank","title":"Bad Request","status":400,"detail":"groupBy must be one of recipient, year, purpose, program, donor, scope; got 'country'."}""")))
    public AidSummary summary(
            @Parameter(description = "recipient, year, purpose, program or donor", required = true, example = "year")
            @QueryParam("groupBy") String groupBy,
            @QueryParam("donor") String donor, @QueryParam("recipient") String recipient,
            @QueryParam("fromYear") String fromYear, @QueryParam("toYear") String toYear,
            @QueryParam("purpose") String purpose, @QueryParam("status") String status,
            @QueryParam("program") String program,
            @Parameter(description = "MILITARY_SECURITY, ECONOMIC, HUMANITARIAN, MIXED or UNKNOWN: the dashboard's military charts ask for MILITARY_SECURITY")
            @QueryParam("scope") String scope) {
        String key = groupBy == null ? "" : groupBy.strip().toLowerCase(Locale.ROOT);
        String attribute = GROUP_BY.get(key);
        if (attribute == null) {
            throw ProblemException.badRequest("groupBy must be one of recipient, year, purpose, program, donor, scope; got '"
                    + (groupBy == null ? "" : groupBy) + "'.");
        }
        Filter filter = Filter.of(donor, recipient, fromYear, toYear, purpose, status, program, scope);
        // A part is already in its total, and an amount summed over years belongs to no year: neither is added.
        var query = Panache.getEntityManager().createQuery("select e." + attribute + ", e.aidStatus, e.currency, sum(e.amount), "
                + "sum(e.amountUsd), count(e), count(e.amountUsd) from EventRecord e where " + filter.where()
                + " and e.partOf is null and (e.cumulative is null or e.cumulative = false)"
                + " group by e." + attribute + ", e.aidStatus, e.currency", Object[].class);
        filter.params().forEach(query::setParameter);
        List<Sum> sums = query.getResultList().stream().map(r -> new Sum(r[0] == null ? null : r[0].toString(), (String) r[1],
                (String) r[2], (BigDecimal) r[3], (BigDecimal) r[4], ((Number) r[5]).longValue(), ((Number) r[6]).longValue()))
                .toList();
        return new AidSummary(key, "Totals are per status: PLANNED and REQUESTED amounts are never added to ACTUAL ones. "
                + "A part of a stated total (partOf) is not added to it, and an amount summed over years (cumulative) is booked to no year: "
                + "both are left out of totals; /api/aid lists them.", AidTotals.fold(sums));
    }

    private AidRecord record(EventRecord e) {
        JsonNode evidence;
        try {
            evidence = json.readTree(e.payload).get("evidence");
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
        return new AidRecord(e.eventId, e.donor, e.recipient, AidTotals.plain(e.amount), e.currency, AidTotals.plain(e.amountUsd),
                e.year, e.fiscalYear, e.aidStatus, e.purpose, e.program, e.attributedTo, e.mentionCount, e.sourceCount,
                e.firstSeen, evidence, e.scope, e.partOf, Boolean.TRUE.equals(e.cumulative), e.sinceYear);
    }
}
