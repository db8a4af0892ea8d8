package io.allywatch.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.DesignationStage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReferenceCheckTest {
    private static final ReferenceDesignation COLOMBIA = new ReferenceDesignation("COL", "2022-03-10", "2022-05", null, "", null, java.util.List.of());
    private static final ReferenceDesignation AFGHANISTAN = new ReferenceDesignation("AFG", "2012-07", "2012-07", "2022-07", "", null, java.util.List.of());

    @Test
    void theReferenceStageFollowsItsDates() {
        assertThat(COLOMBIA.stageAsOf(LocalDate.parse("2022-03-09"))).isNull();
        assertThat(COLOMBIA.stageAsOf(LocalDate.parse("2022-03-10"))).isEqualTo(DesignationStage.INTENDED);
        assertThat(COLOMBIA.stageAsOf(LocalDate.parse("2022-05-01"))).isEqualTo(DesignationStage.DESIGNATED);
        assertThat(AFGHANISTAN.stageAsOf(LocalDate.parse("2023-01-01"))).isEqualTo(DesignationStage.REVOKED);
    }

    @Test
    void sameStageAndYearAgrees() {
        ReferenceCheck check = ReferenceCheck.of(COLOMBIA, "COL", DesignationStage.DESIGNATED, "2022-05-24", true, LocalDate.parse("2023-01-01"));
        assertThat(check.agrees()).isTrue();
        assertThat(check.since()).isEqualTo("2022-05");
    }

    @Test
    void anotherStageDisagreesAndSaysWhatTheReferenceSays() {
        ReferenceCheck check = ReferenceCheck.of(COLOMBIA, "COL", DesignationStage.INTENDED, "2022-03-10", true, LocalDate.parse("2023-01-01"));
        assertThat(check.agrees()).isFalse();
        assertThat(check.reason()).contains("DESIGNATED since 2022-05").contains("the news says INTENDED");
    }

    @Test
    void aYearFromTheTextMustMatchButAPublicationDateNeedNot() {
        LocalDate now = LocalDate.parse("2026-01-01");
        assertThat(ReferenceCheck.of(COLOMBIA, "COL", DesignationStage.DESIGNATED, "2019", true, now).agrees()).isFalse();
        assertThat(ReferenceCheck.of(COLOMBIA, "COL", DesignationStage.DESIGNATED, "2025-06-01", false, now).agrees()).isTrue();
    }

    @Test
    void aCountryOutsideTheListIsNews() {
        ReferenceCheck check = ReferenceCheck.of(null, "PER", DesignationStage.INTENDED, "2025-12-12", false, LocalDate.parse("2026-01-01"));
        assertThat(check.agrees()).isFalse();
        assertThat(check.reason()).contains("not in the reference list");
    }

    @Test
    void noStepYetAgreesOnlyWhenTheReferenceHasNoneEither() {
        assertThat(ReferenceCheck.of(COLOMBIA, "COL", null, null, false, LocalDate.parse("2020-01-01")).agrees()).isTrue();
        assertThat(ReferenceCheck.of(COLOMBIA, "COL", null, null, false, LocalDate.parse("2023-01-01")).agrees()).isFalse();
    }
}
