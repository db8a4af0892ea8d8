package io.allywatch.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.allywatch.contract.Article;
import io.allywatch.contract.ContractJson;
import io.allywatch.http.ProblemException;
import io.allywatch.ingest.domain.HtmlArticleExtractor;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArticleRequestParserTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final ArticleRequestParser parser = new ArticleRequestParser(ContractJson.mapper(),
            new HtmlArticleExtractor(), 1000, Clock.fixed(NOW, ZoneOffset.UTC));

    private Article parse(String body, String mediaType) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8), MediaType.valueOf(mediaType));
    }

    private static int statusOf(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            return e.problem().status();
        }
        throw new AssertionError("expected a problem");
    }

    @Test
    void jsonArticleKeepsItsFieldsAndGetsIdAndReceivedAt() {
        Article a = parse("{\"text\":\" Peru  is named. \",\"title\":\"T\",\"publishedAt\":\"2025-12-12\",\"lang\":\"EN\",\"extra\":1}",
                "application/json");
        assertThat(a.text()).isEqualTo("Peru  is named.");
        assertThat(a.articleId()).matches("a-[0-9a-f]{24}");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-12-12T00:00:00Z"));
        assertThat(a.lang()).isEqualTo("en");
        assertThat(a.receivedAt()).isEqualTo(NOW);
        assertThat(a.title()).isEqualTo("T");
    }

    @Test
    void plainTextAndJsonOfTheSameTextGetTheSameId() {
        assertThat(parse("Peru is named.", "text/plain").articleId())
                .isEqualTo(parse("{\"text\":\"Peru is named.\"}", "application/json").articleId());
    }

    @Test
    void htmlDropsScriptsNavigationAndFormsAndReadsMetadata() {
        Article a = parse("""
                <html><head><title>Page</title>
                <meta property="og:title" content="Peru named an ally">
                <meta property="article:published_time" content="2025-12-12T08:00:00Z"></head>
                <body><nav>Home | World</nav><script>var x = 1;</script>
                <article><h1>Peru named an ally</h1><p>The US intends to designate Peru.</p></article>
                <form>Leave a reply</form></body></html>""", "text/html");
        assertThat(a.title()).isEqualTo("Peru named an ally");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-12-12T08:00:00Z"));
        assertThat(a.text()).isEqualTo("Peru named an ally\nThe US intends to designate Peru.");
    }

    @Test
    void latin1BodyIsDecodedWithItsDeclaredCharset() {
        byte[] body = "Perú".getBytes(StandardCharsets.ISO_8859_1);
        Article a = parser.parse(body, MediaType.valueOf("text/plain; charset=ISO-8859-1"));
        assertThat(a.text()).isEqualTo("Perú");
    }

    @Test
    void badInputGetsTheRightStatusAndAMessage() {
        assertThat(statusOf(() -> parse("{\"text\": ", "application/json"))).isEqualTo(400);
        assertThat(statusOf(() -> parse("[{\"text\":\"x\"}]", "application/json"))).isEqualTo(400);
        assertThat(statusOf(() -> parse("{\"title\":\"x\"}", "application/json"))).isEqualTo(400);
        assertThat(statusOf(() -> parse("{\"text\":\"   \"}", "application/json"))).isEqualTo(400);
        assertThat(statusOf(() -> parse("{\"text\":42}", "application/json"))).isEqualTo(400);
        assertThat(statusOf(() -> parse("{\"text\":\"x\",\"publishedAt\":\"yesterday\"}", "application/json"))).isEqualTo(400);
        assertThat(statusOf(() -> parse("{\"text\":\"x\",\"publishedAt\":\"2030-01-01\"}", "application/json"))).isEqualTo(400);
        assertThat(statusOf(() -> parse("{\"text\":\"x\",\"lang\":\"english!\"}", "application/json"))).isEqualTo(400);
        assertThat(statusOf(() -> parse("", "text/plain"))).isEqualTo(400);
        assertThat(statusOf(() -> parse("x".repeat(1001), "text/plain"))).isEqualTo(413);
        assertThat(statusOf(() -> parse("x", "text/plain; charset=klingon"))).isEqualTo(415);
        assertThat(statusOf(() -> parse("x", "application/xml"))).isEqualTo(415);
    }

    @Test
    void htmlPageWithNoArticleIs400WithAMessageThatSaysSo() {
        assertThatThrownBy(() -> parse("<html><head><title>Home</title><script>x()</script></head>"
                + "<body><nav>Home | World</nav><form>Search</form><footer>(c)</footer></body></html>", "text/html"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().detail()).contains("HTML page has no article text").contains("'Home'");
                });
    }

    @Test
    void publishedAtInTheFutureOrUnparseableSaysWhatIsWrong() {
        assertThatThrownBy(() -> parse("{\"text\":\"x\",\"publishedAt\":\"2026-11-30T10:00:00Z\"}", "application/json"))
                .hasMessageContaining("in the future");
        assertThatThrownBy(() -> parse("{\"text\":\"x\",\"publishedAt\":\"12/12/2025\"}", "application/json"))
                .hasMessageContaining("ISO-8601").hasMessageContaining("12/12/2025");
        // a day of clock skew is tolerated
        assertThat(parse("{\"text\":\"x\",\"publishedAt\":\"2026-11-23T20:00:00Z\"}", "application/json").publishedAt())
                .isEqualTo(Instant.parse("2026-11-23T20:00:00Z"));
    }

    @Test
    void invalidUtf8IsRefusedNotReplaced() {
        byte[] body = {'P', 'e', 'r', (byte) 0xFA, ' ', 'x'};
        assertThatThrownBy(() -> parser.parse(body, MediaType.TEXT_PLAIN_TYPE))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void malformedJsonMessageSaysWhere() {
        assertThatThrownBy(() -> parse("{\"text\": \"x\",,}", "application/json"))
                .hasMessageContaining("line 1");
    }
}
