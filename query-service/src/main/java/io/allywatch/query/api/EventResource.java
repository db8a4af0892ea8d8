package io.allywatch.query.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.EventType;
import io.allywatch.http.ProblemException;
import io.allywatch.query.domain.EventSummary;
import io.allywatch.query.store.EventStore;
import io.allywatch.query.store.EventRecord;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
    private static final Pattern EVENT_ID = Pattern.compile("e-[0-9a-f]{24}");

    static final String SUMMARY_EXAMPLE = """
            {"eventId":"e-4b1f0c0d2d8f4e6a9b3c1d2e","type":"DESIGNATION","countries":["PER"],"stage":"INTENDED",
             "date":null,"firstSeen":"2026-11-23T10:00:01Z","lastSeen":"2026-11-23T10:00:03Z","mentionCount":2,
             "sourceCount":2,"confidence":0.92,"event":{"eventId":"e-4b1f0c0d2d8f4e6a9b3c1d2e","type":"DESIGNATION",
             "country":"PER","status":"MNNA","stage":"INTENDED","historical":false,"date":null,
             "evidence":{"text":"US President Donald Trump intends to designate Peru as a major non-NATO ally.","start":0,"end":77,"lang":"en"}}}""";
    private static final String PAGE_EXAMPLE = "{\"items\":[" + SUMMARY_EXAMPLE + "],\"limit\":1,"
            + "\"nextCursor\":\"MXwyMDI2LTExLTIzVDEwOjAwOjAxWnxlLTRiMWYwYzBkMmQ4ZjRlNmE5YjNjMWQyZXw1ZjJhOWMwZDFlM2I3YTQ4\"}";
    private static final String PROBLEM_EXAMPLE = """
            {"type":"about:blank","title":"Bad Request","status":400,
             "detail":"cursor was altered, or was issued for other filters (type, country, since, until); start again without a cursor"}""";

    private final ObjectMapper json;
    private final EventStream stream;
    private final EventStore store;
    private final int defaultLimit;
    private final int maxLimit;
    private final Duration keepAlive;
    private final StreamLimit streamLimit;

    public EventResource(ObjectMapper json, EventStream stream, EventStore store, StreamLimit streamLimit,
                         @ConfigProperty(name = "allywatch.query.page.default-limit") int defaultLimit,
                         @ConfigProperty(name = "allywatch.query.page.max-limit") int maxLimit,
                         @ConfigProperty(name = "allywatch.events.stream.keep-alive") Duration keepAlive) {
        this.json = json;
        this.stream = stream;
        this.store = store;
        this.defaultLimit = defaultLimit;
        this.maxLimit = maxLimit;
        this.keepAlive = keepAlive;
        this.streamLimit = streamLimit;
    }

    /** The event as its most confident mention tells it, with every mention (the evidence) beside it. */
    public record EventView(JsonNode event, int mentionCount, int sourceCount, Instant firstSeen, Instant lastSeen,
                            List<JsonNode> mentions) {
    }

    /** A page of events, newest first; {@code nextCursor} is null on the last page. */
    public record EventPage(List<EventSummary> items, int limit, String nextCursor) {
    }

    @GET
    @Operation(summary = "Events, newest first (by when AllyWatch first read them), with cursor paging",
            description = "Keyset paging on (firstSeen, eventId): events that arrive while a client pages through "
                    + "come before its first page and never shift or repeat what it has not read yet. Pass nextCursor "
                    + "back unchanged, with the same filters.")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A bad filter, limit or cursor",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "forged cursor", value = PROBLEM_EXAMPLE)))
    public EventPage list(
            @Parameter(description = "DESIGNATION, AID or COOPERATION", example = "DESIGNATION") @QueryParam("type") String type,
            @Parameter(description = "ISO 3166-1 alpha-3: the designated country, an aid donor or recipient, a cooperation actor",
                    example = "PER") @QueryParam("country") String country,
            @Parameter(description = "First seen at or after: YYYY-MM-DD (UTC) or an instant", example = "2026-11-22")
            @QueryParam("since") String since,
            @Parameter(description = "First seen before: an instant, or YYYY-MM-DD for up to the end of that day (UTC)",
                    example = "2026-11-23") @QueryParam("until") String until,
            @Parameter(description = "Page size, 1 to allywatch.query.page.max-limit (500); default 50", example = "20")
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        Optional<EventType> eventType = QueryParams.oneOf("type", type, EventType.class);
        Optional<String> code = QueryParams.country("country", country);
        Optional<Instant> from = QueryParams.instant("since", since, false);
        Optional<Instant> to = QueryParams.instant("until", until, true);
        int size = QueryParams.limit(limit, defaultLimit, maxLimit);
        String queryKey = eventType.map(Enum::name).orElse("") + "|" + code.orElse("") + "|"
                + from.map(Instant::toString).orElse("") + "|" + to.map(Instant::toString).orElse("");

        Optional<EventStore.After> after = Optional.empty();
        if (cursor != null && !cursor.isBlank()) {
            EventCursor.Cursor decoded = EventCursor.decode(cursor, queryKey);
            EventCursor position = decoded.position().orElseThrow(() -> ProblemException.badRequest(decoded.problem()));
            after = Optional.of(new EventStore.After(position.firstSeen(), position.eventId()));
        }
        // One more than the page tells whether there is a next one.
        List<EventRecord> rows = store.page(new EventStore.Filter(eventType, code, from, to), after, size + 1);
        List<EventSummary> items = rows.stream().limit(size).map(r -> r.summary(json)).toList();
        String next = rows.size() > size
                ? new EventCursor(rows.get(size - 1).firstSeen, rows.get(size - 1).eventId).encode(queryKey) : null;
        return new EventPage(items, size, next);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-Sent Events: one per new or changed event, from the moment the client connects",
            description = "Each data line is an event as /api/events lists it, sent once its change is committed "
                    + "(so it can be queried). Optional filters as on /api/events. A comment line (':keep-alive') "
                    + "comes every allywatch.events.stream.keep-alive (15 s) so that proxies keep an idle connection open.")
    @APIResponse(responseCode = "200", description = "An endless text/event-stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    examples = @ExampleObject(name = "one change", value = "data:" + SUMMARY_EXAMPLE + "\n\n")))
    @APIResponse(responseCode = "400", description = "A bad filter", content = @Content(mediaType = "application/problem+json"))
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "DESIGNATION, AID or COOPERATION") @QueryParam("type") String type,
            @Parameter(description = "ISO 3166-1 alpha-3", example = "PER") @QueryParam("country") String country,
            @Context Sse sse, RoutingContext exchange) {
        Optional<EventType> eventType = QueryParams.oneOf("type", type, EventType.class);
        Optional<String> code = QueryParams.country("country", country);
        Multi<OutboundSseEvent> changes = stream.changes()
                .filter(e -> eventType.map(t -> t == e.type()).orElse(true)
                        && code.map(c -> e.countries().contains(c)).orElse(true))
                .map(e -> sse.newEventBuilder().mediaType(MediaType.APPLICATION_JSON_TYPE).data(EventSummary.class, e).build());
        // Proxies and load balancers close connections that stay silent (often after 60 s); a comment keeps
        // a quiet stream open and is ignored by EventSource clients. Cancelled with the stream when the client leaves.
        Multi<OutboundSseEvent> keepAlives = Multi.createFrom().ticks().every(keepAlive).onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        // A client that fell too far behind (EventStream.changes) is disconnected cleanly; EventSource clients reconnect.
        return Multi.createBy().merging().streams(changes, keepAlives)
                .onFailure(BackPressureFailure.class).recoverWithCompletion()
                // The place is given back when the subscription ends too: cancelled when the client left or a write failed.
                .onTermination().invoke(() -> streamLimit.release(exchange));
    }

    @GET
    @Path("/{eventId}")
    @Operation(summary = "One event with all its mentions")
    @APIResponse(responseCode = "200", description = "The event and every article's evidence for it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Peru intended", value = """
                    {"event":{"eventId":"e-4b1f0c0d2d8f4e6a9b3c1d2e","type":"DESIGNATION","country":"PER","stage":"INTENDED"},
                     "mentionCount":2,"sourceCount":2,"firstSeen":"2026-11-23T10:00:01Z","lastSeen":"2026-11-23T10:00:03Z",
                     "mentions":[{"mentionId":"m-0a1b2c3d4e5f60718293a4b5","articleId":"a-3f5ccc1c02d7070e00000000",
                     "evidence":{"text":"US President Donald Trump intends to designate Peru as a major non-NATO ally.","start":0,"end":77,"lang":"en"}}]}""")))
    @APIResponse(responseCode = "400", description = "Not an event id", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such event", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "unknown", value = """
                    {"type":"about:blank","title":"Not Found","status":404,"detail":"No event e-000000000000000000000000 has been projected."}""")))
    public EventView get(@Parameter(description = "e- followed by 24 hex digits", example = "e-91d0c6a2b7e84f3a5c1d2e0f")
                         @PathParam("eventId") String eventId) {
        if (!EVENT_ID.matcher(eventId).matches()) {
            throw ProblemException.badRequest("'" + eventId + "' is not an event id (e- followed by 24 hex digits).");
        }
        EventRecord row = store.find(eventId)
                .orElseThrow(() -> ProblemException.notFound("No event " + eventId + " has been projected."));
        List<JsonNode> mentions = store.mentionsOf(eventId).stream().map(m -> tree(m.payload)).toList();
        return new EventView(tree(row.payload), row.mentionCount, row.sourceCount, row.firstSeen, row.lastSeen, mentions);
    }

    private JsonNode tree(String payload) {
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
