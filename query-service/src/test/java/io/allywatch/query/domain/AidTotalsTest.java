package io.allywatch.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.query.domain.AidTotals.Group;
import io.allywatch.query.domain.AidTotals.Sum;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AidTotalsTest {
    @Test
    void statusesStayApartAndCurrenciesAreListedWithAPartialUsdSum() {
        List<Group> groups = AidTotals.fold(List.of(
                new Sum("PER", "PLANNED", "USD", new BigDecimal("5"), new BigDecimal("5"), 1, 1),
                new Sum("PER", "ACTUAL", "USD", new BigDecimal("84000000.0000"), new BigDecimal("84000000.0000"), 2, 2),
                new Sum("PER", "ACTUAL", "PEN", new BigDecimal("30"), null, 1, 0)));

        assertThat(groups).extracting(Group::status).containsExactly("ACTUAL", "PLANNED");
        Group actual = groups.get(0);
        assertThat(actual.events()).isEqualTo(3);
        assertThat(actual.amountUsd()).isEqualByComparingTo("84000000");
        assertThat(actual.amountUsd().toPlainString()).isEqualTo("84000000");
        assertThat(actual.eventsWithoutUsd()).isEqualTo(1);
        assertThat(actual.totals()).extracting(AidTotals.CurrencyTotal::currency).containsExactly("PEN", "USD");
        assertThat(groups.get(1).amountUsd()).isEqualByComparingTo("5");
    }

    @Test
    void noUsdAmountAtAllIsNullNotZero() {
        assertThat(AidTotals.fold(List.of(new Sum(null, "ACTUAL", "EUR", BigDecimal.TEN, null, 1, 0))).get(0).amountUsd()).isNull();
    }
}
