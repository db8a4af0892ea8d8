package io.allywatch.query.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventCursorTest {
    private static final EventCursor CURSOR = new EventCursor(Instant.parse("2026-11-23T10:00:00.123456Z"), "e-0123456789abcdef01234567");

    @Test
    void roundTripsForTheSameQuery() {
        assertThat(EventCursor.decode(CURSOR.encode("AID|PER||"), "AID|PER||").position()).contains(CURSOR);
    }

    @Test
    void refusesAnotherQueryGarbageAndEdits() {
        String cursor = CURSOR.encode("AID|PER||");
        assertThat(EventCursor.decode(cursor, "AID|COL||").problem()).contains("other filters");
        assertThat(EventCursor.decode("%%%", "").problem()).contains("base64url");
        assertThat(EventCursor.decode("aGVsbG8", "").problem()).contains("not one this service issued");
        String edited = new EventCursor(CURSOR.firstSeen().plusSeconds(1), CURSOR.eventId()).encode("other");
        assertThat(EventCursor.decode(edited, "AID|PER||").position()).isEmpty();
    }
}
