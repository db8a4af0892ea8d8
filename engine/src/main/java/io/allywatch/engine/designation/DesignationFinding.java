package io.allywatch.engine.designation;

import io.allywatch.contract.DesignationStage;
import io.allywatch.engine.text.Sentence;

/** One designation step read from one sentence, before it becomes a contract event. */
public record DesignationFinding(
        String country,
        DesignationStage stage,
        Sentence sentence,
        double confidence,
        String date,
        boolean historical) {
}
