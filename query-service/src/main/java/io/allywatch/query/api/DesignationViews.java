package io.allywatch.query.api;

import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.Evidence;
import io.allywatch.query.domain.ReferenceCheck;
import java.time.Instant;
import java.util.List;

/** What the designation endpoints answer. */
public final class DesignationViews {
    private DesignationViews() {
    }

    /** A country's stage as of a date. {@code sources}: articles supporting that stage. */
    public record Row(String country, String countryName, DesignationStage stage, String since, int sources,
                      boolean conflict, boolean historical, String eventId, boolean agreesWithReference,
                      ReferenceCheck reference) {
    }

    /** {@code asOf}: the date the stage, conflict and reference check are for; steps after it are marked. */
    public record Timeline(String country, String countryName, String asOf, DesignationStage stage, String since,
                           boolean conflict, Resolution resolution, List<Step> timeline, boolean agreesWithReference,
                           ReferenceCheck reference) {
    }

    /** How a contest between claims was settled, so a reader can check it. */
    public record Resolution(String rule, String winner, List<Contender> contenders) {
    }

    public record Contender(String eventId, DesignationStage stage, int sources, String date, String dateSource) {
    }

    /**
     * {@code afterAsOf}: the step starts after the asOf date, so it does not count for the stage yet.
     * {@code mentions}: the most confident ones, at most mentionsPerStep of {@code mentionCount}.
     */
    public record Step(String eventId, DesignationStage stage, String date, String dateSource, boolean historical,
                       int sources, boolean contested, boolean afterAsOf, int mentionCount, List<Mention> mentions) {
    }

    public record Mention(String mentionId, String articleId, Instant publishedAt, double confidence,
                          String extractorVersion, Evidence evidence) {
    }
}
