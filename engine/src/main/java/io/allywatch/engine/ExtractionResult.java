package io.allywatch.engine;

import io.allywatch.contract.Event;
import java.util.List;

/**
 * What the engine read from one article.
 *
 * @param articleId the article's id (derived from its text when the article came without one)
 * @param lang      the article's language as ISO 639-1 where it has such a code, or null if unknown
 * @param events    event mentions, in text order; never null
 * @param reason    null when events were found; otherwise why there are none, in words for people
 * @param outcome   whether the article was read; an UNREADABLE one (empty, language not supported,
 *                  extraction failed) is worth keeping for a later engine, a NO_EVENTS one is not
 */
public record ExtractionResult(String articleId, String lang, List<Event> events, String reason, Outcome outcome) {

    public enum Outcome { EVENTS, NO_EVENTS, UNREADABLE }

    public ExtractionResult {
        events = events == null ? List.of() : List.copyOf(events);
    }

    static ExtractionResult events(String articleId, String lang, List<Event> events) {
        return new ExtractionResult(articleId, lang, events, null, Outcome.EVENTS);
    }

    static ExtractionResult none(String articleId, String lang, String reason) {
        return new ExtractionResult(articleId, lang, List.of(), reason, Outcome.NO_EVENTS);
    }

    static ExtractionResult unreadable(String articleId, String lang, String reason) {
        return new ExtractionResult(articleId, lang, List.of(), reason, Outcome.UNREADABLE);
    }
}
