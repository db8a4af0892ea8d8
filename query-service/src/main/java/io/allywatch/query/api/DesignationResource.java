package io.allywatch.query.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.Evidence;
import io.allywatch.http.ProblemException;
import io.allywatch.query.api.DesignationViews.Contender;
import io.allywatch.query.api.DesignationViews.Mention;
import io.allywatch.query.api.DesignationViews.Resolution;
import io.allywatch.query.api.DesignationViews.Row;
import io.allywatch.query.api.DesignationViews.Step;
import io.allywatch.query.api.DesignationViews.Timeline;
import io.allywatch.query.domain.Countries;
import io.allywatch.query.domain.DesignationLifecycle.Claim;
import io.allywatch.query.domain.DesignationLifecycle.Status;
import io.allywatch.query.domain.DesignationLifecycle;
import io.allywatch.query.domain.ReferenceCheck;
import io.allywatch.query.store.DesignationStore;
import io.allywatch.query.store.EventMention;
import io.allywatch.query.store.MnnaReference;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/designations")
@Produces(MediaType.APPLICATION_JSON)
public class DesignationResource {
    private static final String PROBLEM = "application/problem+json";

    private final Clock clock = Clock.systemUTC();
    private final DesignationStore store;
    private final MnnaReference reference;
    private final int defaultMentionsPerStep;
    private final ObjectMapper json;
    private final int cachedDates;
    private final Map<LocalDate, RenderedRows> renderedRows = new ConcurrentHashMap<>();

    public DesignationResource(DesignationStore store, MnnaReference reference, ObjectMapper json,
                               @ConfigProperty(name = "allywatch.designations.mentions-per-step") int defaultMentionsPerStep,
                               @ConfigProperty(name = "allywatch.designations.cached-dates") int cachedDates) {
        this.store = store;
        this.reference = reference;
        this.json = json;
        this.defaultMentionsPerStep = defaultMentionsPerStep;
        this.cachedDates = cachedDates;
    }

    @GET
    @Operation(summary = "Every country with a Major Non-NATO Ally designation stage as of a date",
            description = "One row per country that has a designation claim on or before asOf: its stage, since when, "
                    + "how many articles support that stage, whether other articles contest it, and whether it agrees "
                    + "with the shipped reference list of known designations.")
    @APIResponse(responseCode = "200", description = "Countries, by ISO code", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Row.class), examples = @ExampleObject(name = "seeds", value = """
                    [{"country":"ARG","countryName":"Argentina","stage":"DESIGNATED","since":"1998","sources":1,"conflict":false,
                      "historical":true,"eventId":"e-5d0b7d4c3f2e1a0b9c8d7e6f","agreesWithReference":true,
                      "reference":{"agrees":true,"stage":"DESIGNATED","since":"1998-01","announced":"1997-10","inEffect":"1998-01",
                      "revoked":null,"reason":"Agrees: the reference says DESIGNATED since 1998-01.","uncertain":"month of the determination"}},
                     {"country":"PER","countryName":"Peru","stage":"INTENDED","since":"2025-12-12","sources":2,"conflict":true,
                      "historical":false,"eventId":"e-4b1f0c0d2d8f4e6a9b3c1d2e","agreesWithReference":false,
                      "reference":{"agrees":false,"stage":null,"since":null,"announced":null,"inEffect":null,"revoked":null,
                      "reason":"PER is not in the reference list of known MNNA designations: the news may report something new.","uncertain":null}}]""")))
    @APIResponse(responseCode = "400", description = "asOf is not a YYYY-MM-DD date", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "asOf=yesterday", value = """
                    {"type":"about:blank","title":"Bad Request","status":400,"detail":"asOf must be a date as YYYY-MM-DD (e.g. 2020-01-01); got 'yesterday'."}""")))
    public Response list(@Parameter(description = "YYYY-MM-DD; default today (UTC)", example = "2020-01-01")
                         @QueryParam("asOf") String asOf) throws JsonProcessingException {
        LocalDate date = QueryParams.date("asOf", asOf, LocalDate.now(clock));
        long generation = store.generation();
        RenderedRows cached = renderedRows.get(date);
        if (cached == null || cached.generation() != generation) {
            if (renderedRows.size() >= cachedDates) {
                renderedRows.clear(); // a crude bound: many distinct asOf dates are rare
            }
            cached = new RenderedRows(generation, json.writeValueAsBytes(rows(date)));
            renderedRows.put(date, cached);
        }
        return Response.ok(cached.json(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The list for one asOf date, rendered once per designation change: it is read far more often than it changes. */
    private record RenderedRows(long generation, byte[] json) {
    }

    List<Row> rows(LocalDate date) {
        return store.claimsByCountry().entrySet().stream()
                .map(entry -> {
                    List<Claim> claims = entry.getValue();
                    return DesignationLifecycle.asOf(claims, date).map(status -> {
                        Claim sinceClaim = DesignationLifecycle.sinceClaim(claims, status.holder());
                        ReferenceCheck check = check(entry.getKey(), status.holder().stage(), sinceClaim, date);
                        return new Row(entry.getKey(), Countries.nameOrCode().apply(entry.getKey()), status.holder().stage(),
                                sinceClaim.effectiveDate(), status.holder().sources(), status.conflict(),
                                status.holder().historical(), status.holder().eventId(), check.agrees(), check);
                    });
                })
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Row::country))
                .toList();
    }

    @GET
    @Path("/{iso3}")
    @Operation(summary = "A country's designation timeline with the evidence for each step and any conflicting claims",
            description = "Every step the news reports, in order, each with its articles' evidence sentences; the stage as "
                    + "of asOf (steps after it are marked afterAsOf); when claims conflict, the rule that settled it and "
                    + "the contenders; and the check against the reference list.")
    @APIResponse(responseCode = "200", description = "The country's timeline", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Peru, conflicting claims", value = """
                    {"country":"PER","countryName":"Peru","asOf":"2026-11-23","stage":"INTENDED","since":"2025-12-12","conflict":true,
                     "resolution":{"rule":"Contested stage: the claim backed by more independent articles wins; then the one with the more precise date; then the one published later.",
                       "winner":"e-4b1f0c0d2d8f4e6a9b3c1d2e","contenders":[
                       {"eventId":"e-4b1f0c0d2d8f4e6a9b3c1d2e","stage":"INTENDED","sources":2,"date":"2025-12-12","dateSource":"published"},
                       {"eventId":"e-9a8b7c6d5e4f3a2b1c0d9e8f","stage":"DESIGNATED","sources":1,"date":null,"dateSource":"none"}]},
                     "timeline":[{"eventId":"e-4b1f0c0d2d8f4e6a9b3c1d2e","stage":"INTENDED","date":"2025-12-12","dateSource":"published",
                       "historical":false,"sources":2,"contested":true,"afterAsOf":false,"mentionCount":2,"mentions":[{"mentionId":"m-0a1b2c3d4e5f60718293a4b5",
                       "articleId":"a-3f5ccc1c02d7070e00000000","publishedAt":"2025-12-12T00:00:00Z","confidence":0.92,"extractorVersion":"1.0.0",
                       "evidence":{"text":"US President Donald Trump intends to designate Peru as a major non-NATO ally.","start":0,"end":77,"lang":"en"}}]}],
                     "agreesWithReference":false,"reference":{"agrees":false,"reason":"PER is not in the reference list of known MNNA designations: the news may report something new."}}""")))
    @APIResponse(responseCode = "400", description = "Not an ISO 3166-1 alpha-3 code, or a bad asOf", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "XYZ", value = """
                    {"type":"about:blank","title":"Bad Request","status":400,"detail":"'XYZ' is not an ISO 3166-1 alpha-3 country code (e.g. PER, COL)."}""")))
    @APIResponse(responseCode = "404", description = "No designation claim for that country", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "NOR", value = """
                    {"type":"about:blank","title":"Not Found","status":404,"detail":"No designation claim about Norway (NOR) has been read yet."}""")))
    public Timeline timeline(@Parameter(description = "ISO 3166-1 alpha-3, e.g. PER", example = "PER")
                             @PathParam("iso3") String iso3,
                             @Parameter(description = "YYYY-MM-DD; default today (UTC)", example = "2026-01-01")
                             @QueryParam("asOf") String asOf,
                             @Parameter(description = "Most confident mentions shown per step, 0 to 1000 (default 10); "
                                     + "every mention of a step is at /api/events/{eventId}", example = "10")
                             @QueryParam("mentionsPerStep") String mentionsPerStep) {
        String country = iso3.toUpperCase(Locale.ROOT);
        if (!Countries.known(country)) {
            throw ProblemException.badRequest("'" + iso3 + "' is not an ISO 3166-1 alpha-3 country code (e.g. PER, COL).");
        }
        LocalDate date = QueryParams.date("asOf", asOf, LocalDate.now(clock));
        int shown = QueryParams.count("mentionsPerStep", mentionsPerStep, defaultMentionsPerStep, 0, 1000);
        DesignationStore.CountryDetail detail = store.detail(country);
        if (detail == null) {
            throw ProblemException.notFound("No designation claim about " + Countries.nameOrCode().apply(country)
                    + " (" + country + ") has been read yet.");
        }
        List<Claim> claims = detail.claims();
        Map<String, List<EventMention>> mentions = detail.mentions();
        Optional<Status> status = DesignationLifecycle.asOf(claims, date);
        List<String> contestedIds = status.map(s -> s.contested().stream().map(Claim::eventId).toList()).orElse(List.of());
        List<Step> steps = DesignationLifecycle.timeline(claims).stream()
                .map(c -> new Step(c.eventId(), c.stage(), c.effectiveDate(), c.dateSource(), c.historical(), c.sources(),
                        contestedIds.contains(c.eventId()) || status.map(s -> s.conflict() && s.holder() == c).orElse(false),
                        c.start().isAfter(date), mentions.getOrDefault(c.eventId(), List.of()).size(),
                        mentions.getOrDefault(c.eventId(), List.of()).stream().limit(shown).map(DesignationResource::mention).toList()))
                .toList();
        Resolution resolution = status.filter(Status::conflict).map(s -> new Resolution(DesignationLifecycle.RULE,
                s.holder().eventId(), Stream.concat(Stream.of(s.holder()), s.contested().stream())
                        .map(c -> new Contender(c.eventId(), c.stage(), c.sources(), c.effectiveDate(), c.dateSource()))
                        .toList())).orElse(null);
        ReferenceCheck check = status.map(s -> check(country, s.holder().stage(),
                        DesignationLifecycle.sinceClaim(claims, s.holder()), date))
                .orElseGet(() -> ReferenceCheck.of(reference.of(country), country, null, null, false, date));
        return new Timeline(country, Countries.nameOrCode().apply(country), date.toString(),
                status.map(s -> s.holder().stage()).orElse(null),
                status.map(s -> DesignationLifecycle.since(claims, s.holder())).orElse(null),
                status.map(Status::conflict).orElse(false), resolution, steps, check.agrees(), check);
    }

    private ReferenceCheck check(String country, DesignationStage stage, Claim sinceClaim, LocalDate date) {
        return ReferenceCheck.of(reference.of(country), country, stage, sinceClaim.effectiveDate(),
                "text".equals(sinceClaim.dateSource()), date);
    }

    private static Mention mention(EventMention m) {
        return new Mention(m.mentionId, m.articleId, m.publishedAt, m.confidence, m.extractorVersion,
                new Evidence(m.evidenceText, m.evidenceStart, m.evidenceEnd, m.evidenceLang));
    }
}
