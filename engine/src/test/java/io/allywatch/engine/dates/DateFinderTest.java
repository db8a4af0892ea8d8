package io.allywatch.engine.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    private static final LocalDate THURSDAY_10_MARCH_2022 = LocalDate.of(2022, 3, 10);
    private final DateFinder finder = new DateFinder();

    @Test
    void explicitDatesAsPreciseAsTheText() {
        assertThat(finder.find("Argentina gained this status in 1998 and Brazil in 2019.", null))
                .extracting(DateMention::value).containsExactly("1998", "2019");
        assertThat(finder.find("It happened in March 2022, on March 9, 2022, on 9 March 2022 and on 2022-03-09.", null))
                .extracting(DateMention::value).containsExactly("2022-03", "2022-03-09", "2022-03-09", "2022-03-09");
        assertThat(finder.find("Oct. 7, 2012 - 01:46PM", null)).extracting(DateMention::value).containsExactly("2012-10-07");
    }

    @Test
    void numbersThatAreNoYears() {
        assertThat(finder.find("1998 troops and $2019 million, and February 30, 2020 is no date", null))
                .extracting(DateMention::value).doesNotContain("1998", "2019", "2020-02-30");
    }

    @Test
    void weekdaysResolveToTheMostRecentOnOrBeforePublication() {
        assertThat(finder.find("Biden told Duque on Thursday", THURSDAY_10_MARCH_2022)).extracting(DateMention::value).containsExactly("2022-03-10");
        assertThat(finder.find("something he did on Tuesday", THURSDAY_10_MARCH_2022)).extracting(DateMention::value).containsExactly("2022-03-08");
        assertThat(finder.find("talks last Friday", THURSDAY_10_MARCH_2022)).extracting(DateMention::value).containsExactly("2022-03-04");
        assertThat(finder.find("he said yesterday", THURSDAY_10_MARCH_2022)).extracting(DateMention::value).containsExactly("2022-03-09");
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        assertThat(finder.find("Biden told Duque on Thursday", null)).isEmpty();
    }
}
