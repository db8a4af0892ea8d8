package io.allywatch.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An over-long request target is answered 414 and over-large headers 431, both problem+json.
 * <p>
 * Vert.x refuses a request line or headers past {@code quarkus.http.limits.max-initial-line-length}
 * and {@code max-header-size} itself, before any route, with an empty 414 or 431 (its default
 * invalid-request handler; Quarkus gives no hook to replace it). So those framework limits are set
 * well above ours as a hard ceiling, and ours are checked here, first of all routes, where the
 * answer can be a problem. Past the ceiling the empty answer remains.
 */
@ApplicationScoped
public class RequestHeadLimits {
    /** Before every other route, Quarkus's own included. */
    private static final int FIRST = Integer.MIN_VALUE + 1;

    private final int maxUriChars;
    private final int maxHeaderBytes;
    private final ObjectMapper json;

    public RequestHeadLimits(@ConfigProperty(name = "allywatch.http.max-uri-chars") int maxUriChars,
                             @ConfigProperty(name = "allywatch.http.max-header-bytes") int maxHeaderBytes,
                             ObjectMapper json) {
        this.maxUriChars = maxUriChars;
        this.maxHeaderBytes = maxHeaderBytes;
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(FIRST).handler(this::check);
    }

    void check(RoutingContext exchange) {
        HttpServerRequest request = exchange.request();
        int uriChars = request.uri().length();
        if (uriChars > maxUriChars) {
            refuse(exchange, Problem.of(414, "URI Too Long", "The request target has " + uriChars
                    + " characters; this service takes at most " + maxUriChars + "."));
            return;
        }
        int headerBytes = headerBytes(request);
        if (headerBytes > maxHeaderBytes) {
            refuse(exchange, Problem.of(431, "Request Header Fields Too Large", "The headers have " + headerBytes
                    + " bytes; this service takes at most " + maxHeaderBytes + "."));
            return;
        }
        exchange.next();
    }

    /** As on the wire: "name: value\r\n" per header. */
    private static int headerBytes(HttpServerRequest request) {
        int bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private void refuse(RoutingContext exchange, Problem problem) {
        try {
            // The request is not read further: close after the answer instead of waiting for a body.
            exchange.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                    .end(Buffer.buffer(json.writeValueAsBytes(problem)));
        } catch (JsonProcessingException e) {
            exchange.fail(e);
        }
    }
}
