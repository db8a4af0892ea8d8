package io.allywatch.query.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.http.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
    private static final Pattern EVENT_ID = Pattern.compile("e-[0-9a-f]{24}");

    private final ObjectMapper json;

    public EventResource(ObjectMapper json) {
        this.json = json;
    }

    /** The event as its most confident mention tells it, with every mention (the evidence) beside it. */
    public record EventView(JsonNode event, int mentionCount, int sourceCount, Instant firstSeen, Instant lastSeen,
                            List<JsonNode> mentions) {
    }

    @GET
    @Path("/{eventId}")
    @Operation(summary = "One event with all its mentions")
    @APIResponse(responseCode = "400", description = "Not an event id")
    @APIResponse(responseCode = "404", description = "No such event")
    public EventView get(@PathParam("eventId") String eventId) {
        if (!EVENT_ID.matcher(eventId).matches()) {
            throw ProblemException.badRequest("'" + eventId + "' is not an event id (e- followed by 24 hex digits).");
        }
        EventRecord row = EventRecord.findById(eventId);
        if (row == null) {
            throw ProblemException.notFound("No event " + eventId + " has been projected.");
        }
        List<JsonNode> mentions = EventMention.ofEvent(eventId).stream().map(m -> tree(m.payload)).toList();
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
