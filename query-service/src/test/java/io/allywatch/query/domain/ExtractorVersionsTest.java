package io.allywatch.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractorVersionsTest {
    @Test
    void versionsCompareAsNumbersPartByPart() {
        assertThat(ExtractorVersions.older("0.3.0", "0.4.0")).isTrue();
        assertThat(ExtractorVersions.older("0.9.2", "0.10.0")).isTrue();
        assertThat(ExtractorVersions.older("0.10.0", "0.9.2")).isFalse();
        assertThat(ExtractorVersions.older("0.4.0", "0.4.0")).isFalse();
        assertThat(ExtractorVersions.compare("1.0", "1.0.0")).isZero();
        assertThat(ExtractorVersions.older("1.0.0-SNAPSHOT", "1.0.1")).isTrue();
    }
}
