package io.allywatch.engine.eval;

import java.math.BigDecimal;
import java.util.List;

/**
 * An annotated event, the fields that are scored (eval/GUIDELINES.md). DESIGNATION: country, stage,
 * historical, date; AID: donor, recipient, amount, currency, year, status, scope, partOf (the
 * total's amount), cumulative; COOPERATION: actors (sorted), kind. A field the annotation leaves out
 * is null and not scored.
 */
public record GoldEvent(String type, String country, String stage, Boolean historical, String date, String donor, String recipient,
                        BigDecimal amount, String currency, Integer year, String status, String scope, BigDecimal partOf,
                        Boolean cumulative, List<String> actors, String kind) {

    /** What must match for the event to count as found: DESIGNATION country + stage, AID recipient + amount, COOPERATION kind + actors. */
    public String key() {
        return switch (type) {
            case "DESIGNATION" -> type + "|" + country + "|" + stage;
            case "AID" -> type + "|" + recipient + "|" + amount.stripTrailingZeros().toPlainString();
            case "COOPERATION" -> type + "|" + String.join(",", actors) + "|" + kind;
            default -> throw new IllegalArgumentException("unknown event type " + type);
        };
    }
}
