package io.allywatch.engine.identity;

import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;

/**
 * Ids of events and mentions. An event id hashes only the event's canonical fields, so every
 * article that reports the same step (in any wording, with or without a date) names the same
 * event; a mention id adds the article.
 */
public final class EventIds {
    private static final int ID_BYTES = 12;

    private EventIds() {
    }

    /** No date in the key: "Trump intends to designate Peru" is one event whether or not an article dates it. */
    public static String designation(String iso3, DesignationStage stage) {
        return "e-" + ArticleIds.sha256Hex("DESIGNATION|" + iso3 + "|" + DesignationEvent.STATUS_MNNA + "|" + stage.name(), ID_BYTES);
    }

    public static String mention(String eventId, String articleId) {
        return "m-" + ArticleIds.sha256Hex(eventId + "|" + articleId, ID_BYTES);
    }
}
