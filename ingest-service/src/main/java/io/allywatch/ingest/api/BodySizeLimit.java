package io.allywatch.ingest.api;

import io.allywatch.http.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an announced body over the limit before reading it, with a problem that names the
 * limit: one article's limit on {@code /api/articles}, the (much larger) batch limit on
 * {@code /api/articles/batch}. Bodies without Content-Length are cut off where they are read.
 */
public class BodySizeLimit {
    static final String BATCH_PATH = "/api/articles/batch";

    private final long maxBodyBytes;
    private final long maxBatchBytes;

    public BodySizeLimit(@ConfigProperty(name = "allywatch.ingest.max-body-bytes") long maxBodyBytes,
                         @ConfigProperty(name = "allywatch.ingest.batch.max-body-bytes") long maxBatchBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxBatchBytes = maxBatchBytes;
    }

    public static Problem tooLarge(String detail) {
        return Problem.of(413, "Content Too Large", detail);
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return Optional.empty();
        }
        boolean batch = request.getUriInfo().getPath().startsWith(BATCH_PATH);
        long limit = batch ? maxBatchBytes : maxBodyBytes;
        try {
            long bytes = Long.parseLong(length.strip());
            if (bytes <= limit) {
                return Optional.empty();
            }
            return Optional.of(tooLarge("The body has " + bytes + " bytes; this service takes at most " + limit
                    + (batch ? " per batch: split it into several batches." : " per request.")).toResponse());
        } catch (NumberFormatException e) {
            return Optional.of(Problem.of(Response.Status.BAD_REQUEST, "Content-Length is not a number.").toResponse());
        }
    }
}
