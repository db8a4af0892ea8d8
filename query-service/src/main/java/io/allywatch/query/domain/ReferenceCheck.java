package io.allywatch.query.domain;

import io.allywatch.contract.DesignationStage;
import java.time.LocalDate;

/**
 * Whether what the news says about a country (its stage as of a date, since when) agrees with the
 * reference list, and why not. Pure logic.
 *
 * <p>Rule: the stages must be the same as of the date; when the news takes its date from the
 * text itself, its year must also match the reference's date for that stage (a date taken from
 * a publication only says when it was reported, so it is not compared).
 */
public record ReferenceCheck(boolean agrees, DesignationStage stage, String since, String announced, String inEffect,
                             String revoked, String reason, String uncertain) {

    public static ReferenceCheck of(ReferenceDesignation reference, String country, DesignationStage stage, String since,
                                    boolean sinceFromText, LocalDate asOf) {
        if (reference == null) {
            return new ReferenceCheck(false, null, null, null, null, null, country
                    + " is not in the reference list of known MNNA designations: the news may report something new.", null);
        }
        DesignationStage referenceStage = reference.stageAsOf(asOf);
        String referenceSince = referenceStage == null ? null : reference.dateOf(referenceStage);
        String reason;
        boolean agrees = false;
        if (stage == null) {
            agrees = referenceStage == null;
            reason = "The news has no step for " + country + " on or before " + asOf + (referenceStage == null
                    ? "; neither has the reference." : "; the reference says " + referenceStage + " since " + referenceSince + ".");
        } else if (referenceStage == null) {
            reason = "The reference has no step for " + country + " on or before " + asOf + "; the news says " + stage + ".";
        } else if (referenceStage != stage) {
            reason = "The reference says " + referenceStage + (referenceSince == null ? "" : " since " + referenceSince)
                    + "; the news says " + stage + ".";
        } else if (sinceFromText && since != null && referenceSince != null && !since.substring(0, 4).equals(referenceSince.substring(0, 4))) {
            reason = "Same stage, but the reference dates it " + referenceSince + " and the news " + since + ".";
        } else {
            agrees = true;
            reason = "Agrees: the reference says " + referenceStage + (referenceSince == null ? "" : " since " + referenceSince) + ".";
        }
        return new ReferenceCheck(agrees, referenceStage, referenceSince, reference.announced(), reference.inEffect(),
                reference.revoked(), reason, reference.uncertain());
    }
}
