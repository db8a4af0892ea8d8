package io.allywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SendPlanTest {

    @Test
    void articlesFallDueOnAFixedScheduleFromTheStart() {
        SendPlan plan = new SendPlan(500, Duration.ofSeconds(60));
        assertThat(plan.total()).isEqualTo(30_000);
        assertThat(plan.dueNanos(0)).isZero();
        assertThat(plan.dueNanos(1)).isEqualTo(2_000_000);
        assertThat(plan.dueNanos(500)).isEqualTo(1_000_000_000L);
        assertThat(plan.dueBy(0)).isEqualTo(1);
        assertThat(plan.dueBy(1_999_999)).isEqualTo(1);
        assertThat(plan.dueBy(2_000_000)).isEqualTo(2);
        assertThat(plan.dueBy(1_000_000_000L)).isEqualTo(501);
    }

    @Test
    void aLateLookSendsEverythingThatCameDueMeanwhile() {
        SendPlan plan = new SendPlan(100, Duration.ofSeconds(10));
        // A tick 250 ms late owes 25 more articles than the one before it: they all go at once.
        assertThat(plan.dueBy(500_000_000L) - plan.dueBy(250_000_000L)).isEqualTo(25);
    }

    @Test
    void neverMoreThanThePlanHolds() {
        SendPlan plan = new SendPlan(100, Duration.ofSeconds(2));
        assertThat(plan.dueBy(Duration.ofHours(1).toNanos())).isEqualTo(200);
        assertThat(plan.dueBy(-1)).isZero();
    }

    @Test
    void aPlanNeedsARateAndALength() {
        assertThatThrownBy(() -> new SendPlan(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SendPlan(10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
