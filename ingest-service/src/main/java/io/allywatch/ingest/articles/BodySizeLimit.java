package io.allywatch.ingest.articles;

import io.allywatch.http.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses an announced body over the limit before reading it, with a problem that names the limit. */
public class BodySizeLimit {
    private final long maxBodyBytes;

    public BodySizeLimit(@ConfigProperty(name = "allywatch.ingest.max-body-bytes") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return Optional.empty();
        }
        try {
            long bytes = Long.parseLong(length.strip());
            if (bytes <= maxBodyBytes) {
                return Optional.empty();
            }
            return Optional.of(Problem.of(413, "Content Too Large", "The body has " + bytes
                    + " bytes; this service takes at most " + maxBodyBytes + " per request.").toResponse());
        } catch (NumberFormatException e) {
            return Optional.of(Problem.of(Response.Status.BAD_REQUEST, "Content-Length is not a number.").toResponse());
        }
    }
}
