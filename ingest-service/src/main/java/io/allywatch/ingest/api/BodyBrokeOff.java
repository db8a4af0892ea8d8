package io.allywatch.ingest.api;

import io.allywatch.http.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body whose reading failed: the client hung up, or {@link BodyStallTimeout} cut it. Nothing of it
 * was taken, there is nobody left to answer, and it is the client's doing, not a fault of the
 * service: one line, no stack trace.
 */
public class BodyBrokeOff {
    private static final Logger LOG = Logger.getLogger(BodyBrokeOff.class);

    @ServerExceptionMapper
    public Response brokeOff(UncheckedIOException e, HttpServerRequest request) {
        if (request.response().ended()) {
            // Cut and answered by BodyStallTimeout, which logged it: no entity, so nothing is written again.
            return Response.status(request.response().getStatusCode()).build();
        }
        LOG.infof("Upload from %s broke off; nothing of it was taken: %s", request.remoteAddress(), rootMessage(e));
        return Problem.of(400, "Bad Request", "The body broke off before its end.").toResponse();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
