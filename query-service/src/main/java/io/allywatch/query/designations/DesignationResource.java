package io.allywatch.query.designations;

import io.allywatch.contract.Evidence;
import io.allywatch.http.ProblemException;
import io.allywatch.query.designations.DesignationLifecycle.Claim;
import io.allywatch.query.designations.DesignationLifecycle.Status;
import io.allywatch.query.designations.DesignationViews.Contender;
import io.allywatch.query.designations.DesignationViews.Mention;
import io.allywatch.query.designations.DesignationViews.Resolution;
import io.allywatch.query.designations.DesignationViews.Row;
import io.allywatch.query.designations.DesignationViews.Step;
import io.allywatch.query.designations.DesignationViews.Timeline;
import io.allywatch.query.events.EventMention;
import io.allywatch.query.events.EventRecord;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/designations")
@Produces(MediaType.APPLICATION_JSON)
public class DesignationResource {
    private final Clock clock = Clock.systemUTC();

    @GET
    @Operation(summary = "Every country with a Major Non-NATO Ally designation stage as of a date",
            description = "One row per country that has a designation claim on or before asOf: its stage, since when, "
                    + "how many articles support that stage, and whether other articles contest it.")
    @APIResponse(responseCode = "400", description = "asOf is not a YYYY-MM-DD date")
    public List<Row> list(@Parameter(description = "YYYY-MM-DD; default today (UTC)", example = "2020-01-01")
                          @QueryParam("asOf") String asOf) {
        LocalDate date = parseAsOf(asOf);
        Map<String, List<EventRecord>> byCountry = EventRecord.allDesignations().stream()
                .collect(Collectors.groupingBy(e -> e.country));
        Map<String, List<EventMention>> mentions = mentionsOf(byCountry.values().stream().flatMap(List::stream).toList());
        return byCountry.entrySet().stream()
                .map(entry -> {
                    List<Claim> claims = claims(entry.getValue(), mentions);
                    return DesignationLifecycle.asOf(claims, date).map(status -> new Row(entry.getKey(),
                            Countries.nameOrCode().apply(entry.getKey()), status.holder().stage(),
                            DesignationLifecycle.since(claims, status.holder()), status.holder().sources(),
                            status.conflict(), status.holder().historical(), status.holder().eventId()));
                })
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Row::country))
                .toList();
    }

    @GET
    @Path("/{iso3}")
    @Operation(summary = "A country's designation timeline with the evidence for each step and any conflicting claims")
    @APIResponse(responseCode = "400", description = "Not an ISO 3166-1 alpha-3 code, or a bad asOf")
    @APIResponse(responseCode = "404", description = "No designation claim for that country")
    public Timeline timeline(@Parameter(description = "ISO 3166-1 alpha-3, e.g. PER", example = "PER")
                             @PathParam("iso3") String iso3,
                             @QueryParam("asOf") String asOf) {
        String country = iso3.toUpperCase(java.util.Locale.ROOT);
        if (!Countries.known(country)) {
            throw ProblemException.badRequest("'" + iso3 + "' is not an ISO 3166-1 alpha-3 country code (e.g. PER, COL).");
        }
        LocalDate date = parseAsOf(asOf);
        List<EventRecord> events = EventRecord.designationsOf(country);
        if (events.isEmpty()) {
            throw ProblemException.notFound("No designation claim about " + Countries.nameOrCode().apply(country)
                    + " (" + country + ") has been read yet.");
        }
        Map<String, List<EventMention>> mentions = mentionsOf(events);
        List<Claim> claims = claims(events, mentions);
        Optional<Status> status = DesignationLifecycle.asOf(claims, date);
        List<String> contestedIds = status.map(s -> s.contested().stream().map(Claim::eventId).toList()).orElse(List.of());
        List<Step> steps = DesignationLifecycle.timeline(claims).stream()
                .map(c -> new Step(c.eventId(), c.stage(), c.effectiveDate(), c.dateSource(), c.historical(), c.sources(),
                        contestedIds.contains(c.eventId()) || status.map(s -> s.conflict() && s.holder() == c).orElse(false),
                        mentions.getOrDefault(c.eventId(), List.of()).stream().map(DesignationResource::mention).toList()))
                .toList();
        Resolution resolution = status.filter(Status::conflict).map(s -> new Resolution(DesignationLifecycle.RULE,
                s.holder().eventId(), java.util.stream.Stream.concat(java.util.stream.Stream.of(s.holder()), s.contested().stream())
                        .map(c -> new Contender(c.eventId(), c.stage(), c.sources(), c.effectiveDate(), c.dateSource()))
                        .toList())).orElse(null);
        return new Timeline(country, Countries.nameOrCode().apply(country), date.toString(),
                status.map(s -> s.holder().stage()).orElse(null),
                status.map(s -> DesignationLifecycle.since(claims, s.holder())).orElse(null),
                status.map(Status::conflict).orElse(false), resolution, steps);
    }

    private LocalDate parseAsOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("asOf must be a date as YYYY-MM-DD (e.g. 2020-01-01); got '" + asOf + "'.");
        }
    }

    private static Map<String, List<EventMention>> mentionsOf(List<EventRecord> events) {
        return EventMention.ofEvents(events.stream().map(e -> e.eventId).toList()).stream()
                .collect(Collectors.groupingBy(m -> m.eventId));
    }

    private static List<Claim> claims(List<EventRecord> events, Map<String, List<EventMention>> mentions) {
        return events.stream().map(e -> {
            List<EventMention> ms = mentions.getOrDefault(e.eventId, List.of());
            Function<Comparator<Instant>, Instant> publication = order -> ms.stream().map(m -> m.publishedAt)
                    .filter(Objects::nonNull).min(order).orElse(null);
            return new Claim(e.eventId, e.stage, e.date, publication.apply(Comparator.naturalOrder()),
                    publication.apply(Comparator.reverseOrder()), e.firstSeen, e.historical, e.sourceCount);
        }).toList();
    }

    private static Mention mention(EventMention m) {
        return new Mention(m.mentionId, m.articleId, m.publishedAt, m.confidence, m.extractorVersion,
                new Evidence(m.evidenceText, m.evidenceStart, m.evidenceEnd, m.evidenceLang));
    }
}
