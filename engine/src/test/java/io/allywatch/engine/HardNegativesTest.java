package io.allywatch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.Article;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.EventSchemas;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences that look like designations and are not, and small positive cases beside them. */
class HardNegativesTest {
    private final ExtractionEngine engine = TestEngines.ENGINE;

    @ParameterizedTest
    @ValueSource(strings = {
            "NATO member Turkey hosted the summit of the alliance in Ankara this week.",
            "The move follows the State Department's designation of the group as a terrorist organization last year.",
            "Analysts say Colombia could become a major non-NATO ally if the talks succeed.",
            "The US has no plans to designate Peru as a major non-NATO ally, a spokesman said.",
            "Washington did not designate Peru as a major non-NATO ally during the visit.",
            "Officials denied that Brazil was designated a major non-NATO ally in secret.",
            "The designation of Peru as a major non-NATO ally signals a shift in regional dynamics.",
            "Major non-NATO ally status is a designation bestowed by the United States to close allies.",
            "Lima is considering whether to ask to be named a major non-NATO ally.",
            "The United States withdrew troops from Afghanistan, a major non-NATO ally at the time.",
            "In May, analysts debated the merits of major non-NATO ally status for Ecuador."})
    void noDesignationEvent(String sentence) {
        ExtractionResult result = engine.extract(english(sentence));

        assertThat(result.events()).as(sentence).isEmpty();
        assertThat(result.reason()).isNotBlank();
    }

    @Test
    void anaphoraNeedsAnEarlierMention() {
        String text = "Argentina gained this status in 1998 after years of negotiation with its neighbours.";

        assertThat(engine.extract(english(text)).events()).isEmpty();
    }

    @Test
    void theDesignatorIsNeverTheDesignated() {
        String text = "The United States designated itself nothing; it has designated Peru and the U.S. Army as partners of a major non-NATO ally.";

        assertThat(countries(engine.extract(english(text)))).doesNotContain("USA");
    }

    @Test
    void proposedByABill() {
        DesignationEvent event = only(engine.extract(english(
                "Senators introduced a bill to designate Taiwan as a major non-NATO ally on Tuesday.")));

        assertThat(event.country()).isEqualTo("TWN");
        assertThat(event.stage()).isEqualTo(DesignationStage.PROPOSED);
        assertThat(event.date()).isEqualTo("2022-03-08");
    }

    @Test
    void revoked() {
        DesignationEvent event = only(engine.extract(english(
                "In July 2022 President Biden revoked Afghanistan's designation as a major non-NATO ally.")));

        assertThat(event.country()).isEqualTo("AFG");
        assertThat(event.stage()).isEqualTo(DesignationStage.REVOKED);
        assertThat(event.date()).isEqualTo("2022-07");
        assertThat(event.historical()).isFalse();
    }

    @Test
    void designatedInThePastIsHistorical() {
        DesignationEvent event = only(engine.extract(english(
                "President Clinton designated Argentina as a major non-NATO ally in January 1998.")));

        assertThat(event.country()).isEqualTo("ARG");
        assertThat(event.stage()).isEqualTo(DesignationStage.DESIGNATED);
        assertThat(event.date()).isEqualTo("1998-01");
        assertThat(event.historical()).isTrue();
    }

    @Test
    void withoutPublicationDateRelativeDatesAreDropped() {
        Article article = new Article(null, null, null, null, null, "en",
                "On Thursday the White House said Biden plans to designate Colombia as a major non-NATO ally.", null);

        DesignationEvent event = only(engine.extract(article));

        assertThat(event.date()).isNull();
        assertThat(event.publishedAt()).isNull();
    }

    @Test
    void headlineOnlyEvidenceHasLowerConfidence() {
        DesignationEvent headline = only(engine.extract(english("Trump to name Peru a major non-NATO ally amid anti-drug push")));
        DesignationEvent body = only(engine.extract(english("Trump intends to designate Peru as a major non-NATO ally, officials said.")));

        assertThat(headline.confidence()).isLessThan(body.confidence());
        assertThat(headline.stage()).isEqualTo(DesignationStage.INTENDED);
    }

    @Test
    void boilerplateAfterTheArticleIsIgnored() {
        String text = "Peru and Chile held talks on trade and fisheries this week in Lima.\n"
                + "Related news\n"
                + "Trump intends to designate Ecuador as a major non-NATO ally, officials said.\n";

        ExtractionResult result = engine.extract(english(text));

        assertThat(result.events()).isEmpty();
        assertThat(result.reason()).startsWith("no MNNA mention");
    }

    static Article english(String text) {
        return new Article(null, null, null, null, Instant.parse("2022-03-10T12:00:00Z"), "en", text, null);
    }

    static List<String> countries(ExtractionResult result) {
        return result.events().stream().filter(DesignationEvent.class::isInstance).map(e -> ((DesignationEvent) e).country()).toList();
    }

    static DesignationEvent only(ExtractionResult result) {
        assertThat(result.events()).hasSize(1);
        DesignationEvent event = (DesignationEvent) result.events().get(0);
        assertThat(EventSchemas.validateEvent(event)).isEmpty();
        return event;
    }
}
