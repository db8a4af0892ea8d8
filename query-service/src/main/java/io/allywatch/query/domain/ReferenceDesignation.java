package io.allywatch.query.domain;

import io.allywatch.contract.DesignationStage;
import java.time.LocalDate;

/**
 * One country's MNNA designation as the shipped reference list knows it. Dates are YYYY, YYYY-MM
 * or YYYY-MM-DD; {@code uncertain} says what in them is not sure; {@code sources} where they come from.
 */
public record ReferenceDesignation(String country, String announced, String inEffect, String revoked, String basis,
                                   String uncertain, java.util.List<String> sources) {

    /** The reference's stage on a date (a partial date counts from its first day), or null before any step. */
    public DesignationStage stageAsOf(LocalDate date) {
        if (onOrBefore(revoked, date)) {
            return DesignationStage.REVOKED;
        }
        if (onOrBefore(inEffect, date)) {
            return DesignationStage.DESIGNATED;
        }
        return onOrBefore(announced, date) ? DesignationStage.INTENDED : null;
    }

    /** When the reference says a stage began, or null. */
    public String dateOf(DesignationStage stage) {
        return switch (stage) {
            case INTENDED -> announced;
            case DESIGNATED -> inEffect;
            case REVOKED -> revoked;
            default -> null;
        };
    }

    static LocalDate start(String partialDate) {
        return LocalDate.parse(partialDate.length() == 4 ? partialDate + "-01-01"
                : partialDate.length() == 7 ? partialDate + "-01" : partialDate);
    }

    private static boolean onOrBefore(String partialDate, LocalDate date) {
        return partialDate != null && !start(partialDate).isAfter(date);
    }
}
