package io.allywatch.contract;

import java.math.BigDecimal;
import java.time.Instant;

/** Money for military or security purposes, from a donor to a recipient. */
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
        String attributedTo) implements Event {

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
}
