package io.allywatch.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    /** A stream that hands out one byte per read, as a slow network might. */
    private static InputStream trickle(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(1, len));
            }
        };
    }

    private static List<NdjsonLines.Line> all(NdjsonLines lines) throws IOException {
        List<NdjsonLines.Line> result = new ArrayList<>();
        for (NdjsonLines.Line l = lines.next(); l != null; l = lines.next()) {
            result.add(l);
        }
        return result;
    }

    private static String text(NdjsonLines.Line line) {
        return new String(line.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void splitsOnNewlinesDropsCarriageReturnsAndKeepsALastLineWithoutNewline() throws IOException {
        byte[] body = "{\"a\":1}\r\n\n{\"b\":\"é\"}\n{\"c\":3}".getBytes(StandardCharsets.UTF_8);
        for (InputStream in : List.of(new ByteArrayInputStream(body), trickle(body))) {
            List<NdjsonLines.Line> lines = all(new NdjsonLines(in, 100, 1_000));
            assertThat(lines).extracting(NdjsonLinesTest::text).containsExactly("{\"a\":1}", "", "{\"b\":\"é\"}", "{\"c\":3}");
            assertThat(lines).extracting(NdjsonLines.Line::number).containsExactly(1L, 2L, 3L, 4L);
            assertThat(lines.get(1).isBlank()).isTrue();
        }
    }

    @Test
    void aLineOverTheLimitIsMarkedAndTheNextOneStillRead() throws IOException {
        String longLine = "x".repeat(200_000);
        byte[] body = ("ok1\n" + longLine + "\nok2\n").getBytes(StandardCharsets.UTF_8);
        List<NdjsonLines.Line> lines = all(new NdjsonLines(new ByteArrayInputStream(body), 1_000, 1_000_000));
        assertThat(lines).hasSize(3);
        assertThat(text(lines.get(0))).isEqualTo("ok1");
        assertThat(lines.get(1).tooLong()).isTrue();
        assertThat(lines.get(1).length()).isEqualTo(200_000);
        assertThat(text(lines.get(2))).isEqualTo("ok2");
    }

    @Test
    void aStreamOverTheTotalStopsAfterTheLinesBeforeIt() throws IOException {
        byte[] body = "line\n".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(body), 100, 200_000);
        assertThatThrownBy(() -> all(lines)).isInstanceOf(NdjsonLines.BatchTooLarge.class);
        assertThat(lines.linesRead()).isPositive().isLessThan(100_000);
    }

    @Test
    void emptyStreamHasNoLines() throws IOException {
        assertThat(all(new NdjsonLines(new ByteArrayInputStream(new byte[0]), 10, 10))).isEmpty();
    }
}
