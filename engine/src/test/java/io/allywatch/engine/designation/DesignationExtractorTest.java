package io.allywatch.engine.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.allywatch.contract.DesignationStage;
import io.allywatch.engine.gazetteer.CountryGazetteer;
import io.allywatch.engine.text.TextSegmenter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DesignationExtractorTest {
    private final DesignationExtractor extractor = new DesignationExtractor(CountryGazetteer.standard());
    private final TextSegmenter segmenter = new TextSegmenter();

    private List<DesignationFinding> read(String text) {
        return extractor.extract(segmenter.contentSentences(text, text.length()), LocalDate.of(2025, 12, 12), 2025).findings();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Trump intends to designate Peru as a major non-NATO ally, officials said.                 | PER | INTENDED",
            "Trump is expected to designate Peru as a Major Non-NATO Ally (MNNA).                      | PER | INTENDED",
            "The White House notified Congress of its intent to designate Ecuador a major non-NATO ally. | ECU | INTENDED",
            "The State Department announced Washington would designate Kenya as a major non-NATO ally.  | KEN | INTENDED",
            "U.S. President Joe Biden to grant Colombia special non-NATO ally status                    | COL | INTENDED",
            "Qatar will be designated a major non-NATO ally next month, officials said.                 | QAT | INTENDED",
            "Trump Designates Peru as Major Non-NATO Ally in Strategic Anti-Drug Initiatives            | PER | DESIGNATED",
            "The administration has elevated Peru’s status to that of a major non-NATO ally.            | PER | DESIGNATED",
            "In 2022, Qatar was designated a major non-NATO ally by President Biden.                    | QAT | DESIGNATED",
            "Colombia became a major-non-NATO ally, a milestone for the region.                         | COL | DESIGNATED",
            "Major non-NATO ally status was granted to Tunisia after the revolution.                    | TUN | DESIGNATED",
            "Lawmakers introduced a bill to designate Taiwan as a major non-NATO ally.                  | TWN | PROPOSED",
            "A senator proposed designating Ukraine a major non-NATO ally.                              | UKR | PROPOSED",
            "Afghanistan's major non-NATO ally status was revoked in 2022.                              | AFG | REVOKED"})
    void stageAndCountryFromTheCue(String sentence, String country, DesignationStage stage) {
        assertThat(read(sentence)).extracting(DesignationFinding::country, DesignationFinding::stage)
                .containsExactly(tuple(country, stage));
    }

    /** eval/GUIDELINES.md: a call, a threat or an announcement to revoke is no step; only a revocation done is. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Critics urged Congress to revoke Pakistan's major non-NATO ally status.",
            "Trump threatened to strip Colombia of its major non-NATO ally status.",
            "Biden said he intends to rescind Afghanistan's designation as a major non-NATO ally."})
    void aRevocationNotDoneIsNoStep(String sentence) {
        assertThat(read(sentence)).extracting(DesignationFinding::stage).doesNotContain(DesignationStage.REVOKED);
    }

    @Test
    void coordinatedSubjectsShareTheCue() {
        assertThat(read("Argentina and Brazil gained major non-NATO ally status in 1998.")).extracting(DesignationFinding::country,
                DesignationFinding::date, DesignationFinding::historical).containsExactly(tuple("ARG", "1998", true), tuple("BRA", "1998", true));
    }

    @Test
    void objectsInAListAreAllDesignated() {
        assertThat(read("Bush designated Thailand and the Philippines as major non-NATO allies in 2003."))
                .extracting(DesignationFinding::country).containsExactlyInAnyOrder("THA", "PHL");
    }

    @Test
    void theSameStepInSeveralSentencesKeepsTheStrongestEvidence() {
        List<DesignationFinding> findings = read("Trump to name Peru a major non-NATO ally\n"
                + "Trump intends to designate Peru as a major non-NATO ally, officials said. "
                + "In conclusion, Trump's decision to designate Peru as a major non-NATO ally matters.");

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).sentence().text()).startsWith("Trump intends");
        assertThat(findings.get(0).confidence()).isEqualTo(0.9);
    }

    @Test
    void countriesOutsideTheSlotAreNotDesignated() {
        assertThat(read("US President Donald Trump intends to designate Peru as a major non-NATO ally, another sign of his "
                + "campaign against Venezuela, which Russia backs, as Brazil watches.")).extracting(DesignationFinding::country).containsExactly("PER");
    }

    @Test
    void confidenceIsMonotoneInEvidence() {
        assertThat(List.of(
                read("Trump intends to designate Peru as a major non-NATO ally, officials said.").get(0).confidence(),
                read("Trump to name Peru a major non-NATO ally amid anti-drug push").get(0).confidence(),
                read("Peru talks on major non-NATO ally status went on. Argentina gained this status in 1998 and Brazil in 2019.").get(0).confidence(),
                read("Peru talks on major non-NATO ally status went on. Argentina gained this status in 1998 and Brazil in 2019.").get(1).confidence()))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }
}
