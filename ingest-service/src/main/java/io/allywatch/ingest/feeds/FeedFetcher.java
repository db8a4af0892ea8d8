package io.allywatch.ingest.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A conditional GET of a feed: the validators of the last complete fetch go out as If-None-Match
 * and If-Modified-Since, so an unchanged feed costs a 304 and no parsing. Bodies are read up to
 * a limit, gzip accepted.
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
                .timeout(timeout)
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
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (InputStream raw = response.body();
             InputStream in = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()
                     ? new GZIPInputStream(raw) : raw) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            throw new TooLargeException(maxBytes);
        }
        return new Fetched(response.statusCode(), body, response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }
}
