package io.allywatch.query.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.allywatch.http.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void aDayMeansItsStartOrWithEndOfDayTheNextStart() {
        assertThat(QueryParams.instant("since", "2026-11-23", false)).contains(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(QueryParams.instant("until", "2026-11-23", true)).contains(Instant.parse("2026-11-24T00:00:00Z"));
        assertThat(QueryParams.instant("until", "9999-12-30", true)).contains(Instant.parse("9999-12-31T00:00:00Z"));
    }

    @Test
    void datesNoDatabaseHoldsAreAClientError() {
        // "+999999999-12-31" parses as a date; the day after it overflowed into a 500
        for (String far : new String[] {"+999999999-12-31", "-999999999-01-01", "+10000-01-01", "+1000000000-12-31T00:00:00Z"}) {
            assertThatThrownBy(() -> QueryParams.instant("until", far, true)).as(far)
                    .isInstanceOf(ProblemException.class).hasMessageContaining("until");
        }
        assertThatThrownBy(() -> QueryParams.date("from", "+999999999-12-31", LocalDate.EPOCH))
                .isInstanceOf(ProblemException.class).hasMessageContaining("from must lie between");
    }
}
