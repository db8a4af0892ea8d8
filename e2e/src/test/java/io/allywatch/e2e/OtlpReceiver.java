package io.allywatch.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A collector for the tests: accepts OTLP/HTTP trace exports ({@code POST /v1/traces}, protobuf)
 * on 127.0.0.1 and keeps every span. The protobuf is read field by field with the numbers of
 * opentelemetry-proto's {@code collector/trace/v1/trace_service.proto} and {@code trace/v1/trace.proto}
 * (stable since OTLP 1.0), so the test needs no generated classes.
 */
final class OtlpReceiver implements AutoCloseable {
    /** OTLP span kinds (trace.proto Span.SpanKind). */
    static final int SERVER = 2;
    static final int PRODUCER = 4;
    static final int CONSUMER = 5;

    record Link(String traceId, String spanId) {
    }

    record Span(String service, String traceId, String spanId, String parentSpanId, String name, int kind,
                Map<String, String> attributes, List<Link> links) {
        String attribute(String key) {
            return attributes.getOrDefault(key, "");
        }
    }

    private final HttpServer server;
    private final List<Span> spans = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                paths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
                InputStream body = exchange.getRequestBody();
                if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                    body = new GZIPInputStream(body);
                }
                byte[] bytes = body.readAllBytes();
                int status = 200;
                try {
                    spans.addAll(readExportRequest(bytes));
                } catch (RuntimeException unreadable) {
                    status = 400;
                }
                // An empty ExportTraceServiceResponse: zero bytes of protobuf.
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(status, -1);
            }
        });
        server.start();
    }

    /** Base address for {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Span> spans() {
        return List.copyOf(spans);
    }

    /** Method and path of each request received, for a failing test's message. */
    List<String> requests() {
        return List.copyOf(paths);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- protobuf wire format, only what OTLP traces use ----

    static List<Span> readExportRequest(byte[] bytes) {
        List<Span> result = new ArrayList<>();
        Wire request = new Wire(bytes);
        while (request.more()) {
            int field = request.field();
            if (field == 1) { // ExportTraceServiceRequest.resource_spans
                readResourceSpans(request.bytes(), result);
            } else {
                request.skip();
            }
        }
        return result;
    }

    private static void readResourceSpans(byte[] bytes, List<Span> result) {
        String service = "";
        List<byte[]> scopeSpans = new ArrayList<>();
        Wire w = new Wire(bytes);
        while (w.more()) {
            switch (w.field()) {
                case 1 -> service = readAttributes(w.bytes(), 1).getOrDefault("service.name", ""); // resource
                case 2 -> scopeSpans.add(w.bytes()); // scope_spans
                default -> w.skip();
            }
        }
        for (byte[] scope : scopeSpans) {
            Wire s = new Wire(scope);
            while (s.more()) {
                if (s.field() == 2) { // ScopeSpans.spans
                    result.add(readSpan(service, s.bytes()));
                } else {
                    s.skip();
                }
            }
        }
    }

    private static Span readSpan(String service, byte[] bytes) {
        String traceId = "";
        String spanId = "";
        String parent = "";
        String name = "";
        int kind = 0;
        Map<String, String> attributes = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        Wire w = new Wire(bytes);
        while (w.more()) {
            switch (w.field()) {
                case 1 -> traceId = HexFormat.of().formatHex(w.bytes());
                case 2 -> spanId = HexFormat.of().formatHex(w.bytes());
                case 4 -> parent = HexFormat.of().formatHex(w.bytes());
                case 5 -> name = new String(w.bytes(), StandardCharsets.UTF_8);
                case 6 -> kind = (int) w.varint();
                case 9 -> attributes.putAll(readKeyValue(w.bytes()));
                case 13 -> links.add(readLink(w.bytes()));
                default -> w.skip();
            }
        }
        return new Span(service, traceId, spanId, parent, name, kind, attributes, links);
    }

    private static Link readLink(byte[] bytes) {
        String traceId = "";
        String spanId = "";
        Wire w = new Wire(bytes);
        while (w.more()) {
            switch (w.field()) {
                case 1 -> traceId = HexFormat.of().formatHex(w.bytes());
                case 2 -> spanId = HexFormat.of().formatHex(w.bytes());
                default -> w.skip();
            }
        }
        return new Link(traceId, spanId);
    }

    /** The repeated KeyValue field {@code field} of a message (Resource.attributes is 1). */
    private static Map<String, String> readAttributes(byte[] bytes, int field) {
        Map<String, String> result = new LinkedHashMap<>();
        Wire w = new Wire(bytes);
        while (w.more()) {
            if (w.field() == field) {
                result.putAll(readKeyValue(w.bytes()));
            } else {
                w.skip();
            }
        }
        return result;
    }

    /** KeyValue{key = 1, value = 2: AnyValue{string_value = 1, bool = 2, int = 3, double = 4, ...}}. */
    private static Map<String, String> readKeyValue(byte[] bytes) {
        String key = "";
        String value = "";
        Wire w = new Wire(bytes);
        while (w.more()) {
            switch (w.field()) {
                case 1 -> key = new String(w.bytes(), StandardCharsets.UTF_8);
                case 2 -> {
                    Wire v = new Wire(w.bytes());
                    while (v.more()) {
                        switch (v.field()) {
                            case 1 -> value = new String(v.bytes(), StandardCharsets.UTF_8);
                            case 2, 3 -> value = Long.toString(v.varint());
                            default -> v.skip();
                        }
                    }
                }
                default -> w.skip();
            }
        }
        return Map.of(key, value);
    }

    /** Reads tags, varints and length-delimited fields; skips fixed-size ones. */
    private static final class Wire {
        private final ByteArrayInputStream in;
        private int wireType;

        Wire(byte[] bytes) {
            in = new ByteArrayInputStream(bytes);
        }

        boolean more() {
            return in.available() > 0;
        }

        int field() {
            long tag = varint();
            wireType = (int) (tag & 7);
            return (int) (tag >>> 3);
        }

        long varint() {
            long result = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = in.read();
                if (b < 0) {
                    throw new IllegalArgumentException("truncated varint");
                }
                result |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }

        byte[] bytes() {
            if (wireType != 2) {
                throw new IllegalArgumentException("wire type " + wireType + " is not length-delimited");
            }
            int length = (int) varint();
            byte[] b = new byte[length];
            if (in.readNBytes(b, 0, length) != length) {
                throw new IllegalArgumentException("truncated field");
            }
            return b;
        }

        void skip() {
            switch (wireType) {
                case 0 -> varint();
                case 1 -> in.skip(8);
                case 2 -> bytes();
                case 5 -> in.skip(4);
                default -> throw new IllegalArgumentException("unsupported wire type " + wireType);
            }
        }
    }
}
