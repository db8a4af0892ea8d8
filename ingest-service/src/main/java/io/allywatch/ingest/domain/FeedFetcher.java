package io.allywatch.ingest.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A conditional GET of a feed: the validators of the last complete fetch go out as If-None-Match
 * and If-Modified-Since, so an unchanged feed costs a 304 and no parsing. The timeout bounds the
 * whole fetch (connect, headers and body, redirects included), so a server that trickles its body
 * cannot hold the poller; the body is cut off as soon as it passes max-bytes, gzip accepted.
 */
@ApplicationScoped
public class FeedFetcher {
    private final HttpClient http;
    private final Duration timeout;
    private final int maxBytes;
    private final String userAgent;

    public FeedFetcher(@ConfigProperty(name = "allywatch.ingest.feeds.timeout") Duration timeout,
                       @ConfigProperty(name = "allywatch.ingest.feeds.max-bytes") int maxBytes,
                       @ConfigProperty(name = "allywatch.ingest.feeds.user-agent") String userAgent) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The answer: status, body (empty on 304), and the validators to keep for next time. */
    public record Fetched(int status, byte[] body, String contentType, String etag, String lastModified) {
        public boolean notModified() {
            return status == 304;
        }
    }

    /** The body was over the configured limit. */
    public static final class TooLargeException extends IOException {
        TooLargeException(int maxBytes) {
            super("the feed is larger than " + maxBytes + " bytes (allywatch.ingest.feeds.max-bytes)");
        }
    }

    public Fetched fetch(URI url, String etag, String lastModified) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout) // the headers' own limit; the deadline below covers the body too
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", userAgent)
                .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        // The body handler runs once per response read (redirects too): keep the last one to stop it.
        AtomicReference<CappedBody> current = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> sent = http.sendAsync(request.build(), info -> {
            CappedBody body = new CappedBody(maxBytes);
            current.set(body);
            return body;
        });
        HttpResponse<byte[]> response;
        try {
            response = sent.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abort(sent, current.get());
            throw new HttpTimeoutException("timed out: no complete response within " + timeout
                    + " (allywatch.ingest.feeds.timeout)");
        } catch (InterruptedException e) {
            abort(sent, current.get());
            throw e;
        } catch (ExecutionException e) {
            throw asIOException(e.getCause());
        }
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
            body = gunzip(body);
        }
        return new Fetched(response.statusCode(), body, response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    /** Cancelling the body's subscription closes the connection: the server stops trickling to no one. */
    private static void abort(CompletableFuture<?> sent, CappedBody body) {
        if (body != null) {
            body.cancel();
        }
        sent.cancel(true);
    }

    /** The limit applies to the decompressed feed as well, so a small gzip bomb is refused too. */
    private byte[] gunzip(byte[] compressed) throws IOException {
        byte[] body;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            throw new TooLargeException(maxBytes);
        }
        return body;
    }

    private static IOException asIOException(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof IOException io ? io : new IOException(cause);
    }

    /**
     * Collects a response body, failing with {@link TooLargeException} as soon as it passes the
     * limit (the rest is never read), and can be cancelled when the deadline passes.
     */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int maxBytes;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        private volatile boolean cancelled;

        CappedBody(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            if (!subscription.compareAndSet(null, s) || cancelled) {
                s.cancel();
                return;
            }
            s.request(Long.MAX_VALUE); // bounded by the limit checked in onNext
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > maxBytes) {
                    cancel();
                    result.completeExceptionally(new TooLargeException(maxBytes));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        void cancel() {
            cancelled = true;
            Flow.Subscription s = subscription.get();
            if (s != null) {
                s.cancel();
            }
        }
    }
}
