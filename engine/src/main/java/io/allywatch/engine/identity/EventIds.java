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

    /**
     * The same money is the same event: donor, recipient, amount, currency, year and status.
     * Purpose and program are left out, as articles in different languages classify them differently.
     */
    public static String aid(String donor, String recipient, java.math.BigDecimal amount, String currency, Integer year,
                             boolean fiscalYear, io.allywatch.contract.AidEvent.AidStatus status) {
        String plain = amount.stripTrailingZeros().toPlainString();
        return "e-" + ArticleIds.sha256Hex("AID|" + donor + "|" + recipient + "|" + plain + "|" + currency + "|"
                + (year == null ? "-" : (fiscalYear ? "FY" : "") + year) + "|" + status.name(), ID_BYTES);
    }

    /**
     * One kind of cooperation between the same countries in the same month is one event; the
     * month is the event's own date, else the article's publication month, else "undated".
     */
    public static String cooperation(java.util.List<String> actors, io.allywatch.contract.CooperationEvent.CooperationKind kind, String period) {
        return "e-" + ArticleIds.sha256Hex("COOPERATION|" + String.join(",", actors.stream().sorted().toList()) + "|" + kind.name() + "|"
                + (period == null ? "undated" : period), ID_BYTES);
    }

    public static String mention(String eventId, String articleId) {
        return "m-" + ArticleIds.sha256Hex(eventId + "|" + articleId, ID_BYTES);
    }
}
