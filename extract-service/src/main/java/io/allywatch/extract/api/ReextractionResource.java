package io.allywatch.extract.api;

import io.allywatch.extract.messaging.Reextraction;
import io.allywatch.http.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Re-reads every stored article with this service's engine ({@link Reextraction}): started by
 * {@code ./allywatch reextract}, or by an operator (a POST with the API key) after a new
 * extractor version is deployed.
 */
@Path("/api/reextract")
@Produces(MediaType.APPLICATION_JSON)
public class ReextractionResource {
    private final Reextraction reextraction;

    public ReextractionResource(Reextraction reextraction) {
        this.reextraction = reextraction;
    }

    @POST
    @Operation(summary = "Start reading every stored article again with the current extractor version")
    @APIResponse(responseCode = "202", description = "Started; GET this path for progress")
    @APIResponse(responseCode = "409", description = "A run is already under way")
    public Response start() {
        try {
            return Response.accepted(reextraction.start()).build();
        } catch (Reextraction.AlreadyRunning e) {
            throw ProblemException.conflict(e.getMessage() + "; GET /api/reextract shows its progress.");
        }
    }

    @GET
    @Operation(summary = "Where the last re-extraction run stands")
    public Reextraction.Status status() {
        return reextraction.status();
    }
}
