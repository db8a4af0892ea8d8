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
import io.allywatch.query.store.AidStore;
import io.allywatch.query.store.EventRecord;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
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
    /** groupBy value → what it groups on. */
    private static final Map<String, AidStore.GroupBy> GROUP_BY = Map.of(
            "recipient", AidStore.GroupBy.RECIPIENT, "year", AidStore.GroupBy.YEAR, "purpose", AidStore.GroupBy.PURPOSE,
            "program", AidStore.GroupBy.PROGRAM, "donor", AidStore.GroupBy.DONOR, "scope", AidStore.GroupBy.SCOPE);

    private final ObjectMapper json;
    private final AidStore store;
    private final int defaultLimit;
    private final int maxLimit;

    public AidResource(ObjectMapper json, AidStore store,
                       @ConfigProperty(name = "allywatch.query.page.default-limit") int defaultLimit,
                       @ConfigProperty(name = "allywatch.query.page.max-limit") int maxLimit) {
        this.json = json;
        this.store = store;
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

    /** The filters shared by both endpoints, checked (a bad one is a 400 naming it). */
    private static AidStore.Filter filter(String donor, String recipient, String fromYear, String toYear, String purpose,
                                          String status, String program, String scope) {
        Optional<String> donorCode = QueryParams.country("donor", donor);
        Optional<String> recipientCode = QueryParams.country("recipient", recipient);
        Optional<Integer> from = QueryParams.year("fromYear", fromYear);
        Optional<Integer> to = QueryParams.year("toYear", toYear);
        if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
            throw ProblemException.badRequest("fromYear (" + from.get() + ") is after toYear (" + to.get() + ").");
        }
        Optional<AidPurpose> aidPurpose = QueryParams.oneOf("purpose", purpose, AidPurpose.class);
        Optional<AidStatus> aidStatus = QueryParams.oneOf("status", status, AidStatus.class);
        Optional<String> programCode = program == null || program.isBlank() ? Optional.empty()
                : Optional.of(program.strip().toUpperCase(Locale.ROOT));
        Optional<AidEvent.AidScope> aidScope = QueryParams.oneOf("scope", scope, AidEvent.AidScope.class);
        return new AidStore.Filter(donorCode, recipientCode, from, to, aidPurpose, aidStatus, programCode, aidScope);
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
        AidStore.Filter filter = filter(donor, recipient, fromYear, toYear, purpose, status, program, scope);
        int size = QueryParams.limit(limit, defaultLimit, maxLimit);
        int skip = QueryParams.count("offset", offset, 0, 0, Integer.MAX_VALUE - maxLimit);
        long total = store.count(filter);
        List<AidRecord> items = store.page(filter, skip, size).stream().map(this::record).toList();
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
        AidStore.GroupBy by = GROUP_BY.get(key);
        if (by == null) {
            throw ProblemException.badRequest("groupBy must be one of recipient, year, purpose, program, donor, scope; got '"
                    + (groupBy == null ? "" : groupBy) + "'.");
        }
        AidStore.Filter filter = filter(donor, recipient, fromYear, toYear, purpose, status, program, scope);
        List<Sum> sums = store.sums(filter, by);
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
