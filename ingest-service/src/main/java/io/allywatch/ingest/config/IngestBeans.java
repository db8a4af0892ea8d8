package io.allywatch.ingest.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.ingest.api.ArticleRequestParser;
import io.allywatch.ingest.domain.ArticleNormalizer;
import io.allywatch.ingest.domain.FeedParser;
import io.allywatch.ingest.domain.FeedSchedule;
import io.allywatch.ingest.domain.HtmlArticleExtractor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The plain-Java pieces as beans: the clock (tests replace it with one they can move), and the
 * parsers built on it, so that nothing reads the system clock behind the callers' backs.
 */
@Singleton
public class IngestBeans {
    /** Replicas compare leases and due times written by each other: clocks in UTC, kept by NTP. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    HtmlArticleExtractor htmlArticleExtractor() {
        return new HtmlArticleExtractor();
    }

    @Produces
    @Singleton
    ArticleNormalizer articleNormalizer(Clock clock, @ConfigProperty(name = "allywatch.ingest.max-text-chars") int maxTextChars) {
        return new ArticleNormalizer(maxTextChars, clock);
    }

    @Produces
    @Singleton
    ArticleRequestParser articleRequestParser(ObjectMapper json, HtmlArticleExtractor html, Clock clock,
                                              @ConfigProperty(name = "allywatch.ingest.max-text-chars") int maxTextChars) {
        return new ArticleRequestParser(json, html, maxTextChars, clock);
    }

    @Produces
    @Singleton
    FeedParser feedParser(HtmlArticleExtractor html, Clock clock) {
        return new FeedParser(html, clock);
    }

    @Produces
    @Singleton
    FeedSchedule feedSchedule(Clock clock) {
        return new FeedSchedule(clock);
    }
}
