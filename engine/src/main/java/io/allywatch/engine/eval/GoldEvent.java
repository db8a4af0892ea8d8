package io.allywatch.engine.eval;

import java.math.BigDecimal;
import java.util.List;

/**
 * An annotated event, only the fields that are scored. DESIGNATION: country, stage, historical;
 * AID: donor, recipient, amount, year, status; COOPERATION: actors (sorted), kind.
 */
public record GoldEvent(String type, String country, String stage, Boolean historical, String donor, String recipient,
                        BigDecimal amount, Integer year, String status, List<String> actors, String kind) {

    /** What must match for the event to count as found (the F1 definition per type). */
    public String key() {
        return switch (type) {
            case "DESIGNATION" -> type + "|" + country + "|" + stage;
            case "AID" -> type + "|" + recipient + "|" + amount.stripTrailingZeros().toPlainString() + "|" + year;
            case "COOPERATION" -> type + "|" + String.join(",", actors) + "|" + kind;
            default -> throw new IllegalArgumentException("unknown event type " + type);
        };
    }
}
