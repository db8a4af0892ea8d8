package io.allywatch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.allywatch.contract.Article;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Inputs no article should be, which the engine must still survive quickly. */
class RobustnessTest {
    private final ExtractionEngine engine = TestEngines.ENGINE;

    @Test
    void emptyAndBlankText() {
        for (String text : new String[] {null, "", "   \n\t \u00A0 "}) {
            ExtractionResult result = engine.extract(new Article("a-1", null, null, null, null, null, text, null));
            assertThat(result.events()).isEmpty();
            assertThat(result.reason()).isEqualTo("empty text");
            assertThat(result.outcome()).isEqualTo(ExtractionResult.Outcome.UNREADABLE);
            assertThat(result.articleId()).isEqualTo("a-1");
        }
    }

    @Test
    void noArticleAtAll() {
        assertThat(engine.extract(null).reason()).isEqualTo("no article");
    }

    @Test
    @Timeout(20)
    void fiveMegabytesWithoutSentenceBreaks() {
        String text = "word and more words about a major non-NATO ally without ever stopping ".repeat(72_000);
        assertThat(text.length()).isGreaterThan(5_000_000);

        for (String lang : new String[] {"en", null}) {
            ExtractionResult result = engine.extract(new Article(null, null, null, null, null, lang, text, null));
            assertThat(result.events()).isEmpty();
            assertThat(result.reason()).isNotBlank();
        }
        ExtractionResult declared = engine.extract(new Article(null, null, null, null, null, "en", text, null));
        assertThat(declared.reason()).contains("truncated to the first 2000000 of " + text.length() + " characters");
    }

    @Test
    @Timeout(20)
    void adversarialTextFullOfCuesStaysBounded() {
        String text = "designated Peru as a major non-NATO ally, granted Chile the same status to Brazil ".repeat(30_000);

        ExtractionResult result = engine.extract(new Article(null, null, null, null, null, "en", text, null));

        assertThat(result.events().size()).isLessThan(20);
    }

    @Test
    @Timeout(20)
    void binaryJunk() {
        Random random = new Random(42);
        byte[] bytes = new byte[300_000];
        random.nextBytes(bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String utf = new String(bytes, StandardCharsets.UTF_8);

        for (String junk : List.of(text, utf)) {
            for (String lang : new String[] {"en", null}) {
                ExtractionResult result = engine.extract(new Article(null, null, null, null, null, lang, junk, null));
                assertThat(result.events()).isEmpty();
                assertThat(result.reason()).isNotBlank();
            }
        }
    }

    @Test
    void aLongTextIsTruncatedToTheConfiguredMaximum() {
        ExtractionEngine small = new ExtractionEngine(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), 100);
        String text = "Officials met in Lima to talk about trade and the weather for hours on end. "
                + "Trump intends to designate Peru as a major non-NATO ally, officials said.";

        ExtractionResult result = small.extract(new Article(null, null, null, null, null, "en", text, null));

        assertThat(result.events()).isEmpty();
        assertThat(result.reason()).startsWith("no MNNA mention").endsWith("; text truncated to the first 100 of " + text.length() + " characters");
    }

    @Test
    void aDeclaredLanguageIsTrustedAndNormalized() {
        Article english = Seeds.peru000().withLang("EN-us");
        Article claimedFrench = Seeds.peru000().withLang("fra");

        assertThat(engine.extract(english).lang()).isEqualTo("en");
        assertThat(engine.extract(english).events()).isNotEmpty();
        assertThat(engine.extract(claimedFrench).lang()).isEqualTo("fr");
        assertThat(engine.extract(claimedFrench).events()).isEmpty();
    }

    @Test
    void textWithoutLettersHasNoLanguage() {
        ExtractionResult result = engine.extract(new Article(null, null, null, null, null, null, "12 34 -- 56 !!", null));

        assertThat(result.lang()).isNull();
        assertThat(result.reason()).startsWith("language could not be identified");
        assertThat(result.outcome()).isEqualTo(ExtractionResult.Outcome.UNREADABLE);
    }

    @Test
    void extractedAtComesFromTheClock() {
        Instant at = Instant.parse("2030-01-01T00:00:00Z");
        ExtractionEngine engine = new ExtractionEngine(Clock.fixed(at, ZoneOffset.UTC));

        assertThat(engine.extract(Seeds.peru000()).events()).allSatisfy(e -> assertThat(e.extractedAt()).isEqualTo(at));
    }

    @Test
    @Timeout(60)
    void threadSafe() throws Exception {
        List<Article> articles = List.of(Seeds.peru000(), Seeds.peru001(), Seeds.peru002(), Seeds.colombia003(), Seeds.french004());
        List<ExtractionResult> expected = articles.stream().map(engine::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int round = 0; round < 40; round++) {
                int index = round % articles.size();
                futures.add(pool.submit(() -> engine.extract(articles.get(index)).equals(expected.get(index))));
            }
            for (Future<Boolean> future : futures) {
                assertThat(future.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
