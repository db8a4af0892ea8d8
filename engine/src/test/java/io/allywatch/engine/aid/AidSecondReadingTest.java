package io.allywatch.engine.aid;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.Article;
import io.allywatch.engine.ExtractionEngine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The second reading of aid (ADR 5) with weights set by hand: what it adds to the rules, and what it
 * must never add. The sentences are written for the mechanism; what the trained weights are worth is
 * measured on real text by {@code ./allywatch train-aid}.
 */
class AidSecondReadingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-02T00:00:00Z"), ZoneOffset.UTC);
    private static final BigDecimal PART = BigDecimal.valueOf(25_000_000);
    private static final String GIVEN = "Canada will give $100 million in military aid to Ukraine, Defence Minister Bill Blair said on Friday. ";
    private static final String UNREAD = "The first $25 million pay for drones built by a firm near Kyiv, he said.";

    /** Trusts a country the rules read as a recipient of the article's aid, and nothing else. */
    private static final AidRanker RECIPIENT_OF_THE_ARTICLE = new AidRanker(-2.0, Map.of(AidFeature.RULES_RECIPIENT, 4.0), 0.5);

    private static List<AidEvent> aid(ExtractionEngine engine, String text) {
        Article a = new Article("t-" + Math.abs(text.hashCode()), null, null, null, Instant.parse("2025-03-01T00:00:00Z"), "en", text, null);
        return engine.extract(a).events().stream().filter(AidEvent.class::isInstance).map(AidEvent.class::cast).toList();
    }

    @Test
    void anAmountTheRulesLeftIsReadForTheArticlesRecipientWithItsStatedDonor() {
        String text = "Canada to send more weapons to Ukraine\n\n" + GIVEN + UNREAD;

        assertThat(aid(ExtractionEngine.withAidRanker(CLOCK, null), text)).extracting(AidEvent::amount)
                .containsExactly(BigDecimal.valueOf(100_000_000));
        List<AidEvent> read = aid(ExtractionEngine.withAidRanker(CLOCK, RECIPIENT_OF_THE_ARTICLE), text);
        AidEvent part = read.stream().filter(e -> e.amount().compareTo(PART) == 0).findFirst().orElseThrow();
        assertThat(part.donor()).isEqualTo("CAN");
        assertThat(part.recipient()).isEqualTo("UKR");
        assertThat(part.currency()).isEqualTo("USD");
        assertThat(part.evidence().text()).isEqualTo(UNREAD);
        assertThat(part.confidence()).isEqualTo(0.88); // the model's probability, 1 / (1 + e^-2), rounded
        assertThat(part.extractorVersion()).isEqualTo(ExtractionEngine.VERSION);
    }

    @Test
    void belowTheThresholdNothingIsAdded() {
        String text = "Canada to send more weapons to Ukraine\n\n" + GIVEN + UNREAD;

        assertThat(aid(ExtractionEngine.withAidRanker(CLOCK, RECIPIENT_OF_THE_ARTICLE.withThreshold(0.9)), text))
                .noneMatch(e -> e.amount().compareTo(PART) == 0);
    }

    @Test
    void whereTheArticleStatesTwoDonorsForTheRecipientNoneIsAssumed() {
        String text = "Aid for Ukraine\n\n" + GIVEN + "Norway will give $50 million in military aid to Ukraine, its government said. " + UNREAD;

        List<AidEvent> read = aid(ExtractionEngine.withAidRanker(CLOCK, RECIPIENT_OF_THE_ARTICLE), text);
        assertThat(read).extracting(AidEvent::donor).containsExactlyInAnyOrder("CAN", "NOR");
        assertThat(read).noneMatch(e -> e.amount().compareTo(PART) == 0);
    }

    @Test
    void inAnArticleWithoutAidNothingIsReadAtAll() {
        String text = "Canada buys drones\n\nThe first $25 million pay for drones built by a firm near Kyiv, Ukraine, officials said.";
        AidRanker trustsEveryone = new AidRanker(5.0, Map.of(), 0.5);

        assertThat(aid(ExtractionEngine.withAidRanker(CLOCK, trustsEveryone), text)).isEmpty();
        assertThat(ExtractionEngine.withAidRanker(CLOCK, null).aidCandidates(
                new Article("t-none", null, null, null, null, "en", text, null))).isEmpty();
    }

    @Test
    void theCandidatesCarryWhatTheRulesKnow() {
        String text = "Canada to send more weapons to Ukraine\n\n" + GIVEN + UNREAD;
        List<AidCandidate> candidates = ExtractionEngine.withAidRanker(CLOCK, null)
                .aidCandidates(new Article("t-c", null, null, null, null, "en", text, null));

        AidCandidate ukraine = candidates.stream().filter(c -> c.recipient().equals("UKR")).findFirst().orElseThrow();
        assertThat(ukraine.value()).isEqualByComparingTo(PART);
        assertThat(ukraine.features()).contains(AidFeature.RULES_RECIPIENT, AidFeature.FIRST_RECIPIENT, AidFeature.RECIPIENT_NEARBY,
                AidFeature.UNREAD_NO_AID_WORDS, AidFeature.IN_SENTENCE) // "near Kyiv": the capital stands for the country
                .doesNotContain(AidFeature.LED_BY_TO, AidFeature.LANG_DE);
        // the donor the rules read is no candidate of its own aid: it is one only as a country the sentence names
        assertThat(candidates).noneMatch(c -> c.recipient().equals("CAN") && c.features().contains(AidFeature.RULES_RECIPIENT));
    }
}
