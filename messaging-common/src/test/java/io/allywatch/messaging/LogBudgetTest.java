package io.allywatch.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogBudgetTest {
    private static final Instant T0 = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void theFirstLinesOfAWindowAreLoggedTheRestCountedAndSaidWhenTheNextWindowOpens() {
        LogBudget budget = new LogBudget(3, Duration.ofMinutes(1));
        List<LogBudget.Decision> first = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            first.add(budget.take(T0.plusMillis(i / 10)));
        }
        assertThat(first).filteredOn(LogBudget.Decision::log).hasSize(3);
        assertThat(first.get(2).lastBeforeSilence()).isTrue();
        assertThat(first.get(1).lastBeforeSilence()).isFalse();

        LogBudget.Decision next = budget.take(T0.plus(Duration.ofMinutes(1)));
        assertThat(next.log()).isTrue();
        assertThat(next.suppressedBefore()).isEqualTo(100_000 - 3);
        assertThat(budget.take(T0.plus(Duration.ofMinutes(1))).suppressedBefore()).isZero();
    }

    @Test
    void aQuietStreamIsLoggedWhole() {
        LogBudget budget = new LogBudget(2, Duration.ofSeconds(10));
        for (int i = 0; i < 20; i++) {
            LogBudget.Decision d = budget.take(T0.plusSeconds(10L * i));
            assertThat(d.log()).isTrue();
            assertThat(d.suppressedBefore()).isZero();
        }
    }

    @Test
    void aBudgetOfNothingIsRefused() {
        assertThatThrownBy(() -> new LogBudget(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogBudget(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
