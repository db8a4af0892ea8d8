package io.allywatch.engine.aid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AidFieldsTest {

    @Test
    void theProgrammeIsTheOneNamedFirst() {
        // Two programmes in one sentence: the answer once depended on the iteration order of an unordered
        // table, which differs from run to run; it is the first one named
        String text = "Of this, more than $1.2 billion is in Economic Support Funds, with $845 million set aside as a cash transfer; "
                + "the law also grants $425 million in Foreign Military Financing.";
        for (int i = 0; i < 3; i++) {
            assertThat(AidFields.program(text)).isEqualTo("ESF");
        }
        assertThat(AidFields.program("$425 million in Foreign Military Financing and $10 million of IMET")).isEqualTo("FMF");
        assertThat(AidFields.program("$5 million for roads")).isNull();
    }
}
