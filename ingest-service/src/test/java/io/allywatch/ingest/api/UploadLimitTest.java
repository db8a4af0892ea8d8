package io.allywatch.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The upload places' bookkeeping, without a server: an exchange whose end handler never runs (a
 * client that reset the connection while its batch's answer streamed, as CI saw once) gives its
 * place back at the next sweep once its connection is closed, and a place is never given back twice.
 * Vert.x and JAX-RS stand-ins are dynamic proxies that answer only what {@link UploadLimit} asks.
 */
class UploadLimitTest {

    /** A stand-in exchange: its end handlers are kept, not run; its response says closed when told. */
    private static final class Exchange {
        final AtomicBoolean closed = new AtomicBoolean();
        final List<Handler<io.vertx.core.AsyncResult<Void>>> endHandlers = new ArrayList<>();
        final RoutingContext context;

        @SuppressWarnings("unchecked")
        Exchange() {
            HttpServerResponse response = proxy(HttpServerResponse.class, (name, args) -> switch (name) {
                case "closed" -> closed.get();
                case "ended" -> false;
                default -> null;
            });
            context = proxy(RoutingContext.class, (name, args) -> switch (name) {
                case "addEndHandler" -> {
                    endHandlers.add((Handler<io.vertx.core.AsyncResult<Void>>) args[0]);
                    yield endHandlers.size();
                }
                case "response" -> response;
                default -> null;
            });
        }

        void end() {
            endHandlers.forEach(h -> h.handle(io.vertx.core.Future.succeededFuture()));
        }
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> switch (method.getName()) {
            case "hashCode" -> System.identityHashCode(self);
            case "equals" -> self == args[0];
            case "toString" -> type.getSimpleName();
            default -> answer.answer(method.getName(), args);
        });
    }

    private static ContainerRequestContext upload() {
        UriInfo uri = proxy(UriInfo.class, (name, args) -> "getPath".equals(name) ? "/api/articles/batch" : null);
        return proxy(ContainerRequestContext.class, (name, args) -> switch (name) {
            case "getMethod" -> "POST";
            case "getUriInfo" -> uri;
            default -> null;
        });
    }

    @Test
    void aClosedExchangeWhoseEndHandlerNeverRanGivesItsPlaceBackAtTheNextSweep() {
        UploadLimit limit = new UploadLimit(2, Duration.ofSeconds(5));
        Exchange vanished = new Exchange();
        Exchange open = new Exchange();

        assertThat(limit.admit(upload(), vanished.context)).isEmpty();
        assertThat(limit.admit(upload(), open.context)).isEmpty();
        assertThat(limit.admit(upload(), new Exchange().context)).as("over the cap: 503").isPresent();
        assertThat(limit.inFlight()).isEqualTo(2);

        limit.sweep();
        assertThat(limit.inFlight()).as("nothing is over yet").isEqualTo(2);

        vanished.closed.set(true);
        limit.sweep();
        assertThat(limit.inFlight()).isEqualTo(1);

        vanished.end(); // the end handler after all: the place is not given back a second time
        limit.sweep();
        assertThat(limit.inFlight()).isEqualTo(1);

        open.end();
        assertThat(limit.inFlight()).isZero();
    }
}
