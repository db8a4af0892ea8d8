package io.allywatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.allywatch.contract.Article;
import io.allywatch.http.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleNormalizerTest {
    private final ArticleNormalizer normalizer = new ArticleNormalizer(1000, Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC));

    private static Article article(String text, String url) {
        return new Article(null, url, null, null, null, null, text, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0\u200b\ufeff", "\u200b\u200c\u200d\u2060", "\u2003\u00a0 \t\n\u3000", "\u202e\u202c"})
    void aTextWithNoVisibleCharacterIsA400(String invisible) {
        assertThatThrownBy(() -> normalizer.complete(article(invisible, null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().detail()).containsAnyOf("no visible character", "must not be blank");
                });
    }

    @Test
    void oneVisibleCharacterAmongInvisibleOnesIsText() {
        assertThat(normalizer.complete(article("\u200b\u00a0Perú\ufeff", null)).text()).contains("Perú");
        assertThat(ArticleNormalizer.hasVisibleCharacter("\u200b。")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd",
            "ftp://example.com/a", "http://", "//example.com/a", "not a url"})
    void onlyWebUrlsAreStored(String url) {
        assertThatThrownBy(() -> normalizer.complete(article("Peru news.", url)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().detail()).contains("'url' must be an http or https URL");
                });
    }

    @Test
    void httpAndHttpsUrlsAreKept() {
        assertThat(normalizer.complete(article("Peru news.", "https://example.com/a?b=c")).url()).isEqualTo("https://example.com/a?b=c");
        assertThat(normalizer.complete(article("Peru news.", " HTTP://Example.com/x ")).url()).isEqualTo("HTTP://Example.com/x");
    }
}
