package io.allywatch.contract;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Aid from a donor to a recipient: military and security aid above all, economic and humanitarian
 * aid too, each with its {@link AidScope}.
 *
 * <p>Contract v1.1 added {@code scope}, {@code partOf}, {@code cumulative} and {@code sinceYear},
 * all optional: a v1 record reads with them null (false), and a v1 consumer ignores them.
 *
 * @param scope      what kind of aid: military/security, economic, humanitarian, mixed, or unknown
 * @param partOf     the {@code eventId} of the stated total this amount is a part of, or null; no
 *                   summary adds a part to its total
 * @param cumulative an amount summed over years ("$1.2 billion since 1973"), booked to no single year
 * @param sinceYear  the first year of a cumulative amount, or null
 */
public record AidEvent(
        String eventId,
        String mentionId,
        EventType type,
        String articleId,
        Instant publishedAt,
        Instant extractedAt,
        String extractorVersion,
        double confidence,
        Evidence evidence,
        String donor,
        String recipient,
        BigDecimal amount,
        String currency,
        BigDecimal amountUsd,
        Integer year,
        boolean fiscalYear,
        AidStatus status,
        AidPurpose purpose,
        String program,
        String attributedTo,
        AidScope scope,
        String partOf,
        boolean cumulative,
        Integer sinceYear) implements Event {

    /** A v1 aid event: scope unknown, not a part, not cumulative. */
    public AidEvent(String eventId, String mentionId, EventType type, String articleId, Instant publishedAt, Instant extractedAt,
                    String extractorVersion, double confidence, Evidence evidence, String donor, String recipient, BigDecimal amount,
                    String currency, BigDecimal amountUsd, Integer year, boolean fiscalYear, AidStatus status, AidPurpose purpose,
                    String program, String attributedTo) {
        this(eventId, mentionId, type, articleId, publishedAt, extractedAt, extractorVersion, confidence, evidence, donor, recipient,
                amount, currency, amountUsd, year, fiscalYear, status, purpose, program, attributedTo, null, null, false, null);
    }

    public AidEvent {
        if (type != null && type != EventType.AID) {
            throw new IllegalArgumentException("type must be AID, was " + type);
        }
        type = EventType.AID;
        amount = plain(amount);
        amountUsd = plain(amountUsd);
    }

    /** Keeps amounts in plain notation ({@code 84000000}, not {@code 8.4E+7}) whatever produced them. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public enum AidStatus { ACTUAL, PLANNED, REQUESTED }

    public enum AidPurpose { MILITARY, SECURITY, COUNTER_NARCOTICS, COUNTER_TERRORISM, ECONOMIC, HUMANITARIAN, OTHER }

    /** What kind of aid (v1.1): the dashboard's military-and-security views count only {@code MILITARY_SECURITY}. */
    public enum AidScope { MILITARY_SECURITY, ECONOMIC, HUMANITARIAN, MIXED, UNKNOWN }
}
