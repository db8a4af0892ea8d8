package io.allywatch.engine.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.allywatch.engine.money.MoneyMention;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ranker's file and its arithmetic: what train-aid writes is what the engine reads, and a bad file is an error. */
class AidRankerTest {
    private static final MoneyMention AMOUNT = new MoneyMention(0, 3, BigDecimal.valueOf(25_000_000), "USD");

    @Test
    void theProbabilityIsTheLogisticOfBiasPlusTheWeightsThatHold() {
        AidRanker r = new AidRanker(-1.0, Map.of(AidFeature.LED_BY_TO, 2.0, AidFeature.RULES_DONOR, -3.0), 0.5);
        AidCandidate led = new AidCandidate(0, AMOUNT, "UKR", EnumSet.of(AidFeature.LED_BY_TO, AidFeature.IN_SENTENCE));
        AidCandidate giver = new AidCandidate(0, AMOUNT, "CAN", EnumSet.of(AidFeature.LED_BY_TO, AidFeature.RULES_DONOR));

        assertThat(r.probability(led)).isCloseTo(1 / (1 + Math.exp(-1.0)), within(1e-12));
        assertThat(r.probability(giver)).isCloseTo(1 / (1 + Math.exp(2.0)), within(1e-12));
        assertThat(r.accepts(r.probability(led))).isTrue();
        assertThat(r.accepts(r.probability(giver))).isFalse();
    }

    @Test
    void whatItWritesItReadsBack() {
        AidRanker r = new AidRanker(-1.25, Map.of(AidFeature.NEAR_AMOUNT, 0.5, AidFeature.HEADLINE, -1.5), 0.6);
        AidRanker back = AidRanker.parse(r.format("trained for a test\non two lines"));

        assertThat(back.bias()).isEqualTo(-1.25);
        assertThat(back.threshold()).isEqualTo(0.6);
        assertThat(back.weights()).containsEntry(AidFeature.NEAR_AMOUNT, 0.5).containsEntry(AidFeature.HEADLINE, -1.5)
                .containsEntry(AidFeature.LED_BY_TO, 0.0);
    }

    @Test
    void aBadFileIsAnErrorNotAZero() {
        assertThatThrownBy(() -> AidRanker.parse("bias\t-1\nthreshold\t0.5\nLED_BY_SOMEONE\t2\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown feature LED_BY_SOMEONE");
        assertThatThrownBy(() -> AidRanker.parse("bias\t-1\nthreshold\t0.5\nLED_BY_TO\ttwo\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a number");
        assertThatThrownBy(() -> AidRanker.parse("threshold\t0.5\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bias");
        assertThatThrownBy(() -> AidRanker.parse("bias\t-1\nthreshold\t1.5\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
    }

    @Test
    void theEngineShipsNoWeightsUntilTheyPassTheCorpus() {
        // ADR 5: weights trained on dev lifted its cross-validated AID F1 but read commercial loans on the corpus as aid
        assertThat(AidRanker.bundled()).isEmpty();
    }
}
