package io.allywatch.ingest.domain;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A feed server on localhost for tests, JDK HttpServer only: serves what the test puts at a path,
 * answers 304 to a matching If-None-Match, and records every request's headers. A body can be
 * trickled a byte at a time; a client that hangs up on one is recorded too.
 */
final class FeedServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> hungUp = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /**
     * What a path answers: a status, a body with its type, an ETag and Last-Modified, a delay
     * before the headers, and the pause after each byte of the body (zero: all at once).
     */
    record Response(int status, String contentType, String body, String etag, String lastModified, Duration delay,
                    Duration byteInterval) {
        Response(int status, String contentType, String body, String etag, String lastModified, Duration delay) {
            this(status, contentType, body, etag, lastModified, delay, Duration.ZERO);
        }

        /** Headers at once, then the body one byte per interval. */
        static Response trickling(String contentType, String body, Duration byteInterval) {
            return new Response(200, contentType, body, null, null, Duration.ZERO, byteInterval);
        }
    }

    /** A request seen: path and headers (names lower-case, first value). */
    record Request(String path, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private FeedServer(HttpServer server) {
        this.server = server;
    }

    static FeedServer start(int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        FeedServer feeds = new FeedServer(http);
        http.createContext("/", feeds::handle);
        http.setExecutor(Executors.newCachedThreadPool());
        http.start();
        return feeds;
    }

    void serve(String path, String contentType, String body, String etag, String lastModified) {
        responses.put(path, new Response(200, contentType, body, etag, lastModified, Duration.ZERO));
    }

    void serve(String path, Response response) {
        responses.put(path, response);
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The paths whose trickled body the client stopped reading (it closed the connection). */
    List<String> hungUp() {
        return List.copyOf(hungUp);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
            requests.add(new Request(path, headers));
            Response r = responses.get(path);
            if (r == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!r.delay().isZero()) {
                try {
                    Thread.sleep(r.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (r.etag() != null) {
                exchange.getResponseHeaders().set("ETag", r.etag());
            }
            if (r.lastModified() != null) {
                exchange.getResponseHeaders().set("Last-Modified", r.lastModified());
            }
            if (r.etag() != null && r.etag().equals(headers.get("if-none-match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = r.body() == null ? new byte[0] : r.body().getBytes(StandardCharsets.UTF_8);
            if (r.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", r.contentType());
            }
            exchange.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0 && r.byteInterval().isZero()) {
                exchange.getResponseBody().write(body);
            } else if (body.length > 0) {
                trickle(exchange, path, body, r.byteInterval());
            }
        }
    }

    private void trickle(HttpExchange exchange, String path, byte[] body, Duration byteInterval) {
        try {
            for (int i = 0; i < body.length && !closed; i++) {
                exchange.getResponseBody().write(body[i]);
                exchange.getResponseBody().flush();
                Thread.sleep(byteInterval.toMillis());
            }
        } catch (IOException e) {
            hungUp.add(path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
    }
}
