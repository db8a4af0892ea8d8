package io.allywatch.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.DesignationStage;
import io.allywatch.query.domain.DesignationLifecycle.Claim;
import io.allywatch.query.domain.DesignationLifecycle.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignationLifecycleTest {
    private static final Instant SEEN = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private static Claim claim(String id, String stage, String textDate, String published, int sources) {
        Instant p = published == null ? null : Instant.parse(published + "T00:00:00Z");
        return new Claim(id, DesignationStage.valueOf(stage), textDate, p, p, SEEN, false, sources);
    }

    @Test
    void undatedClaimOfAnotherStageContestsTheLatestAndMoreSourcesWin() {
        // Seed 000 + 001 say "intends to designate" (one dated by publication); 001 alone says "has elevated".
        Claim intended = claim("i", "INTENDED", null, "2025-12-12", 2);
        Claim designated = claim("d", "DESIGNATED", null, null, 1);

        Status status = DesignationLifecycle.asOf(List.of(intended, designated), TODAY).orElseThrow();

        assertThat(status.holder()).isEqualTo(intended);
        assertThat(status.conflict()).isTrue();
        assertThat(status.contested()).containsExactly(designated);
    }

    @Test
    void theUndatedClaimWinsWhenMoreArticlesBackIt() {
        Claim intended = claim("i", "INTENDED", null, "2025-12-12", 1);
        Claim designated = claim("d", "DESIGNATED", null, null, 3);

        assertThat(DesignationLifecycle.asOf(List.of(intended, designated), TODAY).orElseThrow().holder())
                .isEqualTo(designated);
    }

    @Test
    void aDatedProgressionIsNotAConflict() {
        Claim intended = claim("i", "INTENDED", "2022-03-10", null, 1);
        Claim designated = claim("d", "DESIGNATED", "2022-05", null, 1);

        Status now = DesignationLifecycle.asOf(List.of(intended, designated), TODAY).orElseThrow();
        assertThat(now.holder()).isEqualTo(designated);
        assertThat(now.conflict()).isFalse();

        Status april = DesignationLifecycle.asOf(List.of(intended, designated), LocalDate.parse("2022-04-01")).orElseThrow();
        assertThat(april.holder()).isEqualTo(intended);
    }

    @Test
    void nothingBeforeTheFirstClaim() {
        Claim argentina = claim("a", "DESIGNATED", "1998", null, 1);
        assertThat(DesignationLifecycle.asOf(List.of(argentina), LocalDate.parse("1997-12-31"))).isEmpty();
        assertThat(DesignationLifecycle.asOf(List.of(argentina), LocalDate.parse("1998-01-01"))).isPresent();
    }

    @Test
    void sameMonthDifferentStagesConflictAndTheMorePreciseDateBreaksATie() {
        Claim intended = claim("i", "INTENDED", "2025-12", null, 1);
        Claim designated = claim("d", "DESIGNATED", "2025-12-11", null, 1);

        Status status = DesignationLifecycle.asOf(List.of(intended, designated), TODAY).orElseThrow();
        assertThat(status.holder()).isEqualTo(designated);
        assertThat(status.contested()).containsExactly(intended);
    }

    @Test
    void timelineIsChronologicalWithUndatedClaimsLast() {
        Claim undated = claim("u", "DESIGNATED", null, null, 1);
        Claim late = claim("l", "INTENDED", "2025-12-11", null, 1);
        Claim early = claim("e", "PROPOSED", "2019", null, 1);

        assertThat(DesignationLifecycle.timeline(List.of(undated, late, early))).containsExactly(early, late, undated);
        assertThat(DesignationLifecycle.since(List.of(undated, late, early), late)).isEqualTo("2025-12-11");
    }

    @Test
    void claimDateComesFromTheTextBeforeThePublication() {
        Claim c = claim("c", "INTENDED", "2022-03-10", "2022-03-11", 1);
        assertThat(c.effectiveDate()).isEqualTo("2022-03-10");
        assertThat(c.dateSource()).isEqualTo("text");
        assertThat(claim("c", "INTENDED", null, "2022-03-11", 1).dateSource()).isEqualTo("published");
        assertThat(claim("c", "INTENDED", null, null, 1).dateSource()).isEqualTo("none");
    }
}
