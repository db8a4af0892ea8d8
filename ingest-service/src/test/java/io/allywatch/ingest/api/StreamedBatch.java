package io.allywatch.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.allywatch.contract.ContractJson;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch over a plain socket (HTTP/1.1, chunked both ways), so that the test decides when
 * each part of the body goes out and reads the answers as they come, while the request is open.
 */
final class StreamedBatch implements AutoCloseable {
    private static final String AUTH = "Bearer test-key";
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean bodyEnded;

    StreamedBatch(URI uri) throws IOException {
        socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(120_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream());
        out.write(("POST " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAuthorization: " + AUTH + "\r\nContent-Type: application/x-ndjson; charset=UTF-8"
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    void send(List<String> lines) throws IOException {
        byte[] data = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    void end() throws IOException {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads answer lines until {@code count} are in or the answer ends. */
    List<JsonNode> readResults(int count) throws IOException {
        if (!headersRead) {
            String status = readLine();
            assertThat(status).startsWith("HTTP/1.1 200");
            for (String h = readLine(); !h.isEmpty(); h = readLine()) {
                // chunked, NDJSON: not checked further here
            }
            headersRead = true;
        }
        List<JsonNode> results = new ArrayList<>();
        while (results.size() < count) {
            String line = nextBodyLine();
            if (line == null) {
                break;
            }
            if (!line.isBlank()) {
                results.add(parse(line));
            }
        }
        return results;
    }

    private boolean headersRead;

    /** The next line of the de-chunked body, or null at its end. */
    private String nextBodyLine() throws IOException {
        while (true) {
            byte[] buffered = pending.toByteArray();
            for (int i = 0; i < buffered.length; i++) {
                if (buffered[i] == '\n') {
                    pending.reset();
                    pending.write(buffered, i + 1, buffered.length - i - 1);
                    return new String(buffered, 0, i, StandardCharsets.UTF_8);
                }
            }
            if (bodyEnded) {
                return buffered.length == 0 ? null : takeRest(buffered);
            }
            int size = Integer.parseInt(readLine().split(";")[0].strip(), 16);
            if (size == 0) {
                bodyEnded = true;
                continue;
            }
            pending.write(in.readNBytes(size));
            readLine(); // the CRLF after the chunk
        }
    }

    private String takeRest(byte[] buffered) {
        pending.reset();
        return new String(buffered, StandardCharsets.UTF_8);
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b == -1 && line.size() == 0) {
            throw new IOException("connection closed");
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    /** Reads answer lines until the service ends the answer or closes the connection (a cut answer). */
    List<JsonNode> readUntilClosed() throws IOException {
        List<JsonNode> results = new ArrayList<>();
        try {
            for (List<JsonNode> next = readResults(1); !next.isEmpty(); next = readResults(1)) {
                results.addAll(next);
            }
        } catch (SocketTimeoutException neverCut) {
            throw neverCut;
        } catch (IOException | NumberFormatException closed) {
            // the connection closed mid-answer (or mid-chunk): the lines read so far stand
        }
        return results;
    }

    /** Hangs up: the connection closed from the client's side, with the body unfinished. */
    void hangUp() throws IOException {
        socket.setSoLinger(true, 0); // a reset, as a client that died
        socket.close();
    }

    private static JsonNode parse(String line) {
        try {
            return ContractJson.mapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
