package io.allywatch.engine.aid;

import io.allywatch.contract.AidEvent.AidPurpose;
import io.allywatch.contract.AidEvent.AidStatus;
import io.allywatch.engine.text.Sentence;
import java.math.BigDecimal;

/** One amount of aid read from one sentence, before it becomes a contract event. */
public record AidFinding(
        String donor,
        String recipient,
        BigDecimal amount,
        String currency,
        Integer year,
        boolean fiscalYear,
        AidStatus status,
        AidPurpose purpose,
        String program,
        String attributedTo,
        Sentence sentence,
        double confidence) {
}
