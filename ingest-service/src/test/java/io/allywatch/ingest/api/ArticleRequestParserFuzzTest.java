package io.allywatch.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.allywatch.contract.Article;
import io.allywatch.contract.ContractJson;
import io.allywatch.http.ProblemException;
import io.allywatch.ingest.domain.HtmlArticleExtractor;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The request parsers under Jazzer: whatever the bytes, the answer is an Article with an id and a
 * non-blank text within the limit, or a 4xx problem with a message, never another exception.
 * {@code mvn test} replays the stored corpus every run (Jazzer's regression mode): the seed inputs
 * under {@code src/test/resources/io/allywatch/ingest/api/ArticleRequestParserFuzzTestInputs/<method>/},
 * each the body followed by the byte(s) the provider reads from the end (the media type's index
 * in {@code MEDIA_TYPES}; for the NDJSON test, the line limit). JAZZER_FUZZ=1 fuzzes for real
 * and writes any failing input into that folder, where it is committed and replayed from then on.
 */
class ArticleRequestParserFuzzTest {
    private static final int MAX_TEXT = 10_000;
    private static final List<String> MEDIA_TYPES = List.of("application/json", "text/plain", "text/html",
            "text/plain; charset=ISO-8859-1", "text/html; charset=windows-1252", "application/json; charset=UTF-16");
    private final ArticleRequestParser parser = new ArticleRequestParser(ContractJson.mapper(),
            new HtmlArticleExtractor(), MAX_TEXT, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    @FuzzTest(maxDuration = "60s")
    void everyBodyGetsAnArticleOrAClientError(FuzzedDataProvider data) {
        MediaType type = MediaType.valueOf(data.pickValue(MEDIA_TYPES));
        byte[] body = data.consumeRemainingAsBytes();
        try {
            Article a = parser.parse(body, type);
            assertThat(a.articleId()).matches("a-[0-9a-f]{24}");
            assertThat(a.text()).isNotBlank().hasSizeLessThanOrEqualTo(MAX_TEXT);
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isBetween(400, 499);
            assertThat(e.problem().detail()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void ndjsonLinesGiveBackEveryByteOfEveryLine(FuzzedDataProvider data) throws IOException {
        int maxLine = data.consumeInt(1, 64);
        byte[] body = data.consumeRemainingAsBytes();
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(body), maxLine, Long.MAX_VALUE);
        ByteArrayOutputStream rebuilt = new ByteArrayOutputStream();
        long count = 0;
        for (NdjsonLines.Line l = lines.next(); l != null; l = lines.next()) {
            count++;
            assertThat(l.number()).isEqualTo(count);
            if (l.tooLong()) {
                assertThat(l.length()).isGreaterThan(maxLine);
            } else {
                assertThat(l.bytes().length).isLessThanOrEqualTo(maxLine);
                rebuilt.write(l.bytes());
            }
        }
        long newlines = 0;
        for (byte b : body) {
            newlines += b == '\n' ? 1 : 0;
        }
        boolean lastLineOpen = body.length > 0 && body[body.length - 1] != '\n';
        assertThat(count).isEqualTo(newlines + (lastLineOpen ? 1 : 0));
    }
}
