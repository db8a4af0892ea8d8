package io.allywatch.ingest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.http.Problem;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An upload whose body makes no progress for {@code allywatch.ingest.body-stall-timeout} while the
 * service waits to read it is cut (time the service spends elsewhere, as a batch waiting for Kafka's
 * acks, does not count: the body is not read then, so it cannot progress):
 * answered 408 problem+json and its connection closed, or only closed once the answer has begun
 * (a batch streams its answer while it reads). Closing the connection ends the exchange, which
 * gives back the upload's place ({@link UploadLimit}) and fails the blocked body read, so nothing
 * of an incomplete single upload is stored; a batch keeps the chunks Kafka acknowledged before the
 * stall, and sending it again reports those as duplicates.
 * <p>
 * Hand-written because the framework's own bound, {@code quarkus.http.read-timeout}, closes the
 * connection without an answer, and the idle timeout does the same.
 */
@ApplicationScoped
public class BodyStallTimeout {
    private static final Logger LOG = Logger.getLogger(BodyStallTimeout.class);

    private final long stallNanos;
    private final long checkEveryMillis;
    private final byte[] problem;

    public BodyStallTimeout(@ConfigProperty(name = "allywatch.ingest.body-stall-timeout") Duration stall,
                            ObjectMapper json) throws JsonProcessingException {
        this.stallNanos = stall.toNanos();
        // Checked four times per timeout: a stall is cut between 1 and 1.25 timeouts after its last byte.
        this.checkEveryMillis = Math.max(50, stall.toMillis() / 4);
        this.problem = json.writeValueAsBytes(Problem.of(408, "Request Timeout", "The body stopped arriving for "
                + stall.toSeconds() + " s, so the upload was cut and nothing of it was taken; send it again."));
    }

    @ServerRequestFilter(preMatching = true)
    public void watch(ContainerRequestContext request, RoutingContext exchange) {
        HttpServerRequest http = exchange.request();
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/articles")
                || http.isEnded()) {
            return;
        }
        Vertx vertx = exchange.vertx();
        Progress progress = new Progress(http.bytesRead(), System.nanoTime());
        exchange.put(Progress.KEY, progress);
        long timer = vertx.setPeriodic(checkEveryMillis, id -> {
            long now = System.nanoTime();
            long waitingSince = progress.waitingSince;
            if (http.isEnded()) {
                vertx.cancelTimer(id);
            } else if (http.bytesRead() != progress.bytes) {
                progress.bytes = http.bytesRead();
                progress.at = now;
            } else if (waitingSince != 0 && now - Math.max(progress.at, waitingSince) >= stallNanos) {
                vertx.cancelTimer(id);
                cut(http, progress.bytes);
            }
        });
        exchange.addEndHandler(ended -> vertx.cancelTimer(timer));
    }

    /** The body as the resource reads it: the watch knows when the service is waiting for bytes. */
    public static InputStream watched(InputStream body, RoutingContext exchange) {
        Progress progress = exchange.get(Progress.KEY);
        return progress == null ? body : new FilterInputStream(body) {
            @Override
            public int read() throws IOException {
                progress.waitingSince = System.nanoTime();
                try {
                    return super.read();
                } finally {
                    progress.waitingSince = 0;
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                progress.waitingSince = System.nanoTime();
                try {
                    return super.read(b, off, len);
                } finally {
                    progress.waitingSince = 0;
                }
            }
        };
    }

    private void cut(HttpServerRequest http, long bytesRead) {
        LOG.infof("Upload from %s cut after %d bytes: its body stalled", http.remoteAddress(), bytesRead);
        HttpServerResponse response = http.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            http.connection().close();
            return;
        }
        response.setStatusCode(408)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(io.vertx.core.buffer.Buffer.buffer(problem))
                .onComplete(sent -> http.connection().close());
    }

    /** Body bytes seen at the last check that saw progress, and when; since when a read waits (0: none). */
    private static final class Progress {
        static final String KEY = Progress.class.getName();
        long bytes;
        long at;
        volatile long waitingSince;

        Progress(long bytes, long at) {
            this.bytes = bytes;
            this.at = at;
        }
    }
}
