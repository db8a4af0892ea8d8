package io.allywatch.ingest.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Article;
import io.allywatch.http.Problem;
import io.allywatch.http.ProblemException;
import io.allywatch.ingest.domain.ArticleIntake;
import io.allywatch.ingest.domain.HtmlArticleExtractor;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.logging.Logger;

/**
 * {@code POST /api/articles/batch}: one Article JSON a line in, one result a line out, streamed
 * both ways. Lines are parsed one at a time and taken a chunk at a time (one transaction and one
 * wait for Kafka per chunk, the next chunk read and stored during that wait), so memory holds two
 * chunks, never the batch. A bad line is rejected on its own; the good ones around it are taken.
 */
@Path("/api/articles/batch")
public class ArticleBatchResource {
    public static final String NDJSON = "application/x-ndjson";
    private static final Logger LOG = Logger.getLogger(ArticleBatchResource.class);

    private final ArticleIntake intake;
    private final ArticleRequestParser parser;
    private final ObjectMapper json;
    private final int maxLineBytes;
    private final long maxBatchBytes;
    private final int chunkSize;
    private final Duration retryAfter;

    public ArticleBatchResource(ArticleIntake intake, ObjectMapper json,
                                @ConfigProperty(name = "allywatch.ingest.max-text-chars") int maxTextChars,
                                @ConfigProperty(name = "allywatch.ingest.max-body-bytes") int maxLineBytes,
                                @ConfigProperty(name = "allywatch.ingest.batch.max-body-bytes") long maxBatchBytes,
                                @ConfigProperty(name = "allywatch.ingest.batch.chunk-size") int chunkSize,
                                @ConfigProperty(name = "allywatch.ingest.retry-after") Duration retryAfter) {
        this.intake = intake;
        this.json = json;
        this.maxLineBytes = maxLineBytes;
        this.maxBatchBytes = maxBatchBytes;
        this.chunkSize = chunkSize;
        this.retryAfter = retryAfter;
        this.parser = new ArticleRequestParser(json, new HtmlArticleExtractor(), maxTextChars, Clock.systemUTC());
    }

    @POST
    @Consumes({NDJSON, "application/jsonl"})
    @Produces(NDJSON)
    @Operation(summary = "Ingest many articles, one Article JSON a line",
            description = "The answer streams one JSON line per input line, in order: `accepted`, `duplicate`, "
                    + "`rejected` (with `code` and `reason`; only that line), or `unavailable` (Kafka down: that line "
                    + "and every later one were not taken; send them again after `retryAfterSeconds`). "
                    + "Blank lines are skipped.")
    @APIResponse(responseCode = "200", description = "One result a line")
    @APIResponse(responseCode = "413", description = "Content-Length over the batch limit")
    @APIResponse(responseCode = "415", description = "Not NDJSON, or a charset other than UTF-8")
    @APIResponse(responseCode = "503", description = "Kafka unavailable before anything was taken; retry after Retry-After")
    public Response ingest(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType) {
        String charset = contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ProblemException(Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "NDJSON is UTF-8; got charset " + charset + "."), null, null);
        }
        Batch batch = new Batch(new NdjsonLines(body, maxLineBytes, maxBatchBytes));
        // The first chunk is taken before the answer starts, so that Kafka being down is a plain 503.
        List<BatchLineResult> first = batch.finish(batch.begin());
        if (!first.isEmpty() && BatchLineResult.UNAVAILABLE.equals(first.get(0).status())) {
            throw new ProblemException(Problem.of(503, "Service Unavailable",
                    "Kafka is unavailable, so nothing of this batch was accepted; send it again later."), retryAfter, null);
        }
        StreamingOutput rest = out -> {
            write(out, first);
            // One chunk ahead: the next chunk is read, parsed and stored while Kafka acknowledges
            // the previous one; results still go out in order, each once its chunk is acknowledged.
            Chunk previous = null;
            Chunk next = null;
            try {
                while (!batch.done || previous != null) {
                    next = batch.done ? null : batch.begin();
                    if (previous != null) {
                        List<BatchLineResult> results = batch.finish(previous);
                        previous = null;
                        write(out, results);
                        if (batch.stopped) {
                            break;
                        }
                    }
                    previous = next;
                    next = null;
                }
            } finally {
                // A reading or writing error, or Kafka stopping the batch: settle what is in flight.
                batch.abandon(previous);
                batch.abandon(next);
            }
        };
        return Response.ok(rest, NDJSON).build();
    }

    /** A chunk read and handed to the intake: its line results so far, and what Kafka still owes. */
    private record Chunk(List<BatchLineResult> results, List<Integer> slots, ArticleIntake.Pending pending) {
    }

    /** A chunk's results as one write: one buffer handed to the event loop, not two per line. */
    private void write(OutputStream out, List<BatchLineResult> results) throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream(results.size() * 96);
        for (BatchLineResult r : results) {
            json.writeValue(lines, r);
            lines.write('\n');
        }
        lines.writeTo(out);
        out.flush();
    }

    /** The state of one batch: lines read so far, whether it is over, whether Kafka stopped it. */
    private final class Batch {
        private final NdjsonLines lines;
        boolean done;
        boolean stopped;

        Batch(NdjsonLines lines) {
            this.lines = lines;
        }

        /** Reads up to a chunk of good articles (and the bad lines between them) and stores them. */
        Chunk begin() {
            List<BatchLineResult> results = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            List<Article> articles = new ArrayList<>();
            try {
                while (articles.size() < chunkSize) {
                    NdjsonLines.Line line = lines.next();
                    if (line == null) {
                        done = true;
                        break;
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    if (line.tooLong()) {
                        results.add(BatchLineResult.rejected(line.number(), 413, "The line has " + line.length()
                                + " bytes; one article takes at most " + maxLineBytes + "."));
                        continue;
                    }
                    try {
                        articles.add(parser.parse(line.bytes(), MediaType.APPLICATION_JSON_TYPE));
                        slots.add(results.size());
                        results.add(BatchLineResult.taken(line.number(), null, false, null)); // filled below
                    } catch (ProblemException bad) {
                        results.add(BatchLineResult.rejected(line.number(), bad.problem().status(), bad.problem().detail()));
                    }
                }
            } catch (NdjsonLines.BatchTooLarge tooLarge) {
                done = true;
                results.add(BatchLineResult.rejected(lines.linesRead() + 1, 413, "The batch is over " + maxBatchBytes + " bytes; the lines before this one were read, "
                                + "this one and any after it were not: send them in another batch."));
            } catch (IOException e) {
                done = true;
                throw new UncheckedIOException("reading the batch failed", e);
            }
            return new Chunk(results, slots, articles.isEmpty() ? null : intake.begin(articles));
        }

        /** Waits for Kafka to take the chunk and fills in its results; stops the batch if it did not. */
        List<BatchLineResult> finish(Chunk chunk) {
            List<BatchLineResult> results = chunk.results();
            if (chunk.pending() == null) {
                return results;
            }
            List<Integer> slots = chunk.slots();
            List<ArticleIntake.Outcome> outcomes;
            try {
                outcomes = intake.finish(chunk.pending());
            } catch (ProblemException unavailable) {
                // Nothing of this chunk was accepted, and nothing after it will be read.
                done = true;
                stopped = true;
                long from = results.get(slots.get(0)).line();
                LOG.warnf("Batch stopped at line %d: %s", from, unavailable.getMessage());
                List<BatchLineResult> answered = new ArrayList<>(results.subList(0, slots.get(0)));
                answered.add(BatchLineResult.unavailable(from, "Kafka is unavailable: this line and all after it "
                        + "were not accepted; send them again later.", Math.max(1, retryAfter.toSeconds())));
                return answered;
            }
            for (int i = 0; i < outcomes.size(); i++) {
                int slot = slots.get(i);
                ArticleIntake.Outcome o = outcomes.get(i);
                results.set(slot, BatchLineResult.taken(results.get(slot).line(), o.articleId(), o.duplicate(),
                        o.nearDuplicateOf()));
            }
            return results;
        }

        /**
         * The chunk begun after one Kafka refused: its outcome is not reported (the caller was told
         * to send it again). If Kafka took it after all, the resent lines come back as duplicates.
         */
        void abandon(Chunk chunk) {
            if (chunk != null && chunk.pending() != null) {
                try {
                    intake.finish(chunk.pending());
                } catch (ProblemException alsoUnavailable) {
                    // its rows are deleted again; nothing else to do
                }
            }
        }
    }
}
