package io.allywatch.ingest.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads newline-delimited records from a stream one at a time, holding at most one line (up to
 * {@code maxLineBytes}) in memory, so a batch of any size streams through a small heap. A line
 * over the limit is skipped to its end and reported as {@link Line#tooLong()}; a stream over
 * {@code maxTotalBytes} stops with {@link BatchTooLarge}. Hand-written because a JSON streaming
 * parser resynchronises badly after a broken line, and each line must fail on its own.
 */
public final class NdjsonLines {
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final long maxTotalBytes;
    private final byte[] buf = new byte[CHUNK];
    private int pos;
    private int limit;
    private long total;
    private long lineNumber;
    private byte[] line = new byte[1024];
    private boolean eof;

    /** One line: its 1-based number and bytes (without the newline), or marked too long. */
    public record Line(long number, byte[] bytes, long length, boolean tooLong) {
        public boolean isBlank() {
            if (tooLong) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    /** The stream went past the configured total; lines before it were complete. */
    public static final class BatchTooLarge extends IOException {
        public BatchTooLarge(long maxTotalBytes) {
            super("the batch is larger than " + maxTotalBytes + " bytes");
        }
    }

    public NdjsonLines(InputStream in, int maxLineBytes, long maxTotalBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    /** The next line, or null at the end of the stream. A last line without newline counts. */
    public Line next() throws IOException {
        int length = 0;
        long fullLength = 0;
        boolean sawAny = false;
        while (true) {
            if (pos == limit && !fill()) {
                if (!sawAny) {
                    return null;
                }
                return finish(length, fullLength);
            }
            sawAny = true;
            int start = pos;
            int newline = -1;
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? limit : newline;
            int n = end - start;
            fullLength += n;
            if (fullLength <= maxLineBytes) {
                if (length + n > line.length) {
                    line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(length + n, line.length * 2)));
                }
                System.arraycopy(buf, start, line, length, n);
                length += n;
            }
            pos = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                return finish(length, fullLength);
            }
        }
    }

    private Line finish(int length, long fullLength) {
        lineNumber++;
        if (fullLength > maxLineBytes) {
            return new Line(lineNumber, new byte[0], fullLength, true);
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return new Line(lineNumber, Arrays.copyOf(line, length), fullLength, false);
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
            eof = true;
            return false;
        }
        total += n;
        if (total > maxTotalBytes) {
            throw new BatchTooLarge(maxTotalBytes);
        }
        pos = 0;
        limit = n;
        return true;
    }

    /** How many lines were returned so far. */
    public long linesRead() {
        return lineNumber;
    }

    public long bytesRead() {
        return total;
    }
}
