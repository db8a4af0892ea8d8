package io.allywatch.contract;

import java.time.Instant;

/**
 * A news article as published on {@code articles.raw}. Only {@code text} is required on input;
 * ingest fills {@code articleId}, {@code lang} (when it can) and {@code receivedAt}.
 */
public record Article(
        String articleId,
        String url,
        String source,
        String title,
        Instant publishedAt,
        String lang,
        String text,
        Instant receivedAt) {

    public Article withId(String id) {
        return new Article(id, url, source, title, publishedAt, lang, text, receivedAt);
    }

    public Article withReceivedAt(Instant at) {
        return new Article(articleId, url, source, title, publishedAt, lang, text, at);
    }

    public Article withLang(String language) {
        return new Article(articleId, url, source, title, publishedAt, language, text, receivedAt);
    }
}
