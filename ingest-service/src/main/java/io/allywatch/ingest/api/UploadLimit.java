package io.allywatch.ingest.api;

import io.allywatch.http.Problem;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * At most {@code allywatch.ingest.max-concurrent-uploads} uploads are read at once: a body is read
 * on a worker thread, and clients that stall after a byte (once 210 of them) would otherwise take
 * every worker, so that a normal request and the health checks waited behind them. Beyond the cap
 * an upload is answered 503 with Retry-After at once. A permit is given back when the exchange
 * ends in any way (answered, or the connection closed), so a vanished client cannot keep one.
 * Stalled connections themselves are cut by the server's idle timeout ({@code quarkus.http.idle-timeout}).
 */
@ApplicationScoped
public class UploadLimit {
    private final Semaphore permits;
    private final int max;
    private final Duration retryAfter;

    public UploadLimit(@ConfigProperty(name = "allywatch.ingest.max-concurrent-uploads") int max,
                       @ConfigProperty(name = "allywatch.ingest.busy-retry-after") Duration retryAfter) {
        this.permits = new Semaphore(max);
        this.max = max;
        this.retryAfter = retryAfter;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> admit(ContainerRequestContext request, RoutingContext exchange) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/articles")) {
            return Optional.empty();
        }
        if (!permits.tryAcquire()) {
            return Optional.of(Response.fromResponse(Problem.of(503, "Service Unavailable", "This service is reading "
                    + max + " uploads already; send again after " + retryAfter.toSeconds() + " s.").toResponse())
                    .header(HttpHeaders.RETRY_AFTER, retryAfter.toSeconds()).build());
        }
        exchange.addEndHandler(ended -> permits.release());
        return Optional.empty();
    }

    /** Uploads being read now. */
    public int inFlight() {
        return max - permits.availablePermits();
    }
}
