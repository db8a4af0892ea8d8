package io.allywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawRoundTripTest {
    static RawRoundTrip.Item item(String id) {
        return new RawRoundTrip.Item(id.getBytes(StandardCharsets.UTF_8), ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSmallSliceIsSentAgainUntilTheMinimumIsReached() {
        List<RawRoundTrip.Item> slice = List.of(item("a"), item("b"), item("c"));
        List<RawRoundTrip.Item> sent = RawRoundTrip.atLeast(slice, 7);
        assertThat(sent).hasSize(9);
        assertThat(sent.subList(3, 6)).isEqualTo(slice);
    }

    @Test
    void aLargeEnoughSetIsSentOnce() {
        List<RawRoundTrip.Item> slice = List.of(item("a"), item("b"));
        assertThat(RawRoundTrip.atLeast(slice, 2)).isSameAs(slice);
        assertThat(RawRoundTrip.atLeast(List.of(), 10)).isEmpty();
    }
}
