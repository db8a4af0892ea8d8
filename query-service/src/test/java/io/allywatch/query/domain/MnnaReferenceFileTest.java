package io.allywatch.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped reference list is well formed: known codes, readable dates in order, one entry per country. */
class MnnaReferenceFileTest {
    @Test
    void everyEntryIsWellFormed() throws Exception {
        JsonNode file;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/mnna-designations.json")) {
            file = new ObjectMapper().readTree(in);
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode entry : file.get("designations")) {
            ReferenceDesignation d = new ObjectMapper().treeToValue(entry, ReferenceDesignation.class);
            assertThat(Countries.known(d.country())).as(d.country()).isTrue();
            assertThat(seen.add(d.country())).as("once: " + d.country()).isTrue();
            assertThat(d.announced() != null || d.inEffect() != null).as(d.country()).isTrue();
            if (d.announced() != null && d.inEffect() != null) {
                assertThat(ReferenceDesignation.start(d.announced())).as(d.country()).isBeforeOrEqualTo(ReferenceDesignation.start(d.inEffect()));
            }
            if (d.revoked() != null) {
                assertThat(ReferenceDesignation.start(d.inEffect())).as(d.country()).isBefore(ReferenceDesignation.start(d.revoked()));
            }
            assertThat(d.basis()).as(d.country()).isNotBlank();
            assertThat(d.sources()).as("sources of " + d.country()).isNotEmpty();
        }
        assertThat(seen).contains("ARG", "AUS", "BHR", "BRA", "COL", "EGY", "ISR", "JPN", "JOR", "KEN", "KWT", "MAR", "NZL",
                "PAK", "PHL", "QAT", "KOR", "THA", "TUN", "TWN", "SAU", "PER");
        // Peru: the presidential determination of 14 January 2026, after the intent notified in December 2025
        JsonNode peru = null;
        for (JsonNode entry : file.get("designations")) {
            peru = entry.get("country").asText().equals("PER") ? entry : peru;
        }
        assertThat(peru.get("inEffect").asText()).isEqualTo("2026-01-14");
        assertThat(peru.get("announced").asText()).isEqualTo("2025-12-10");
    }
}
