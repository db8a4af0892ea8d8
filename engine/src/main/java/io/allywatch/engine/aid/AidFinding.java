package io.allywatch.engine.aid;

import io.allywatch.contract.AidEvent.AidPurpose;
import io.allywatch.contract.AidEvent.AidScope;
import io.allywatch.contract.AidEvent.AidStatus;
import io.allywatch.engine.identity.EventIds;
import io.allywatch.engine.text.Sentence;
import java.math.BigDecimal;

/**
 * One amount of aid read from one sentence, before it becomes a contract event.
 *
 * @param partOf     the finding of the stated total this amount is a part of, or null
 * @param cumulative an amount summed over years ("since 1973"): its year is null
 * @param sinceYear  the first year of a cumulative amount, or null
 */
public record AidFinding(
        String donor,
        String recipient,
        BigDecimal amount,
        String currency,
        Integer year,
        boolean fiscalYear,
        AidStatus status,
        AidPurpose purpose,
        AidScope scope,
        String program,
        String attributedTo,
        Sentence sentence,
        double confidence,
        AidFinding partOf,
        boolean cumulative,
        Integer sinceYear) {

    /** The event this finding is a mention of: the one "same aid event" rule ({@link EventIds#aid}). */
    public String eventId() {
        return EventIds.aid(donor, recipient, amount, currency, year, fiscalYear, status);
    }
}
