package io.allywatch.ingest.domain;

import io.allywatch.contract.Article;
import io.allywatch.contract.ArticleIds;
import io.allywatch.http.Problem;
import io.allywatch.http.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Normalizes an article from any source (request body, feed item): NFC, trimmed text, its id,
 * blank fields as null, receivedAt now; a 4xx problem when the text is missing or too long.
 * Pure logic: the clock is given.
 */
public class ArticleNormalizer {
    private final int maxTextChars;
    private final Clock clock;

    public ArticleNormalizer(int maxTextChars, Clock clock) {
        this.maxTextChars = maxTextChars;
        this.clock = clock;
    }

    public Article complete(Article article) {
        String text = article.text() == null ? "" : ArticleIds.nfc(article.text()).strip();
        if (text.isEmpty()) {
            throw ProblemException.badRequest("The article has no text: 'text' is required and must not be blank.");
        }
        if (!hasVisibleCharacter(text)) {
            // only no-break spaces, zero-width characters, byte order marks: nothing anyone could read
            throw ProblemException.badRequest("The article text has no visible character (only spaces, zero-width "
                    + "or format characters).");
        }
        if (text.length() > maxTextChars) {
            throw new ProblemException(Problem.of(413, "Content Too Large", "The article text has " + text.length()
                    + " characters; this service takes at most " + maxTextChars + "."), null, null);
        }
        String url = blankToNull(article.url());
        if (url != null && !isWebUrl(url)) {
            throw ProblemException.badRequest("'url' must be an http or https URL; got '" + abbreviate(url) + "'.");
        }
        return new Article(ArticleIds.forText(text), url, blankToNull(article.source()),
                blankToNull(article.title()), article.publishedAt(), article.lang(), text, clock.instant());
    }

    /** An ISO-8601 date-time with offset, or a date (midnight UTC); a 400 problem otherwise. */
    public static Instant parseInstant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw ProblemException.badRequest("'publishedAt' must be an ISO-8601 date-time such as "
                        + "2025-12-12T10:00:00Z or a date such as 2025-12-12; got '" + value + "'.");
            }
        }
    }

    /** A letter, digit, mark, symbol or punctuation: anything but space, control, format and unassigned. */
    static boolean hasVisibleCharacter(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && switch (Character.getType(c)) {
                    case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                         Character.PRIVATE_USE -> false;
                    default -> true;
                });
    }

    /** Only pages on the web are stored as an article's URL ({@code javascript:}, {@code data:}, {@code file:} are not). */
    static boolean isWebUrl(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
