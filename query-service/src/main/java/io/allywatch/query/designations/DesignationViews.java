package io.allywatch.query.designations;

import io.allywatch.contract.Evidence;
import java.time.Instant;
import java.util.List;

/** What the designation endpoints answer. */
public final class DesignationViews {
    private DesignationViews() {
    }

    /** A country's stage as of a date. {@code sources}: articles supporting that stage. */
    public record Row(String country, String countryName, String stage, String since, int sources,
                      boolean conflict, boolean historical, String eventId) {
    }

    public record Timeline(String country, String countryName, String asOf, String stage, String since,
                           boolean conflict, Resolution resolution, List<Step> timeline) {
    }

    /** How a contest between claims was settled, so a reader can check it. */
    public record Resolution(String rule, String winner, List<Contender> contenders) {
    }

    public record Contender(String eventId, String stage, int sources, String date, String dateSource) {
    }

    public record Step(String eventId, String stage, String date, String dateSource, boolean historical,
                       int sources, boolean contested, List<Mention> mentions) {
    }

    public record Mention(String mentionId, String articleId, Instant publishedAt, double confidence,
                          String extractorVersion, Evidence evidence) {
    }
}
