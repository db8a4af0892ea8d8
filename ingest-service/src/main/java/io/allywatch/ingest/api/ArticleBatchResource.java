package io.allywatch.ingest.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Article;
import io.allywatch.http.Problem;
import io.allywatch.http.ProblemException;
import io.allywatch.ingest.domain.ArticleIntake;
import io.allywatch.ingest.domain.IntakePipeline;
import io.allywatch.ingest.domain.StoreUnavailable;
import io.vertx.ext.web.RoutingContext;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
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

    public ArticleBatchResource(ArticleIntake intake, ArticleRequestParser parser, ObjectMapper json,
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
        this.parser = parser;
    }

    @POST
    @Consumes({NDJSON, "application/jsonl"})
    @Produces(NDJSON)
    @Operation(summary = "Ingest many articles, one Article JSON a line",
            description = "The answer streams one JSON line per input line, in order: `accepted`, `duplicate`, "
                    + "`rejected` (with `code` and `reason`; only that line), or `unavailable` (Kafka or the store down: that line "
                    + "and every later one were not taken; send them again after `retryAfterSeconds`). "
                    + "Blank lines are skipped.")
    @APIResponse(responseCode = "200", description = "One result a line")
    @APIResponse(responseCode = "413", description = "Content-Length over the batch limit")
    @APIResponse(responseCode = "415", description = "Not NDJSON, or a charset other than UTF-8")
    @APIResponse(responseCode = "503", description = "Kafka or the article store unavailable before anything was taken; retry after Retry-After")
    public Response ingest(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                           RoutingContext exchange) {
        String charset = contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ProblemException(Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "NDJSON is UTF-8; got charset " + charset + "."), null, null);
        }
        Batch batch = new Batch(new NdjsonLines(BodyStallTimeout.watched(body, exchange), maxLineBytes, maxBatchBytes));
        // The first chunk is taken before the answer starts, so that Kafka being down is a plain 503.
        IntakePipeline.Chunk<Lines> first = batch.next();
        List<BatchLineResult> firstResults;
        try {
            firstResults = first.tag().answered(intake.acceptAll(first.articles()));
        } catch (ProblemException unavailable) {
            throw new ProblemException(Problem.of(503, "Service Unavailable", whatIsAway(unavailable)
                    + " is unavailable, so nothing of this batch was accepted; send it again later."), retryAfter, null);
        }
        StreamingOutput rest = out -> {
            write(out, firstResults);
            // One chunk ahead: the next chunk is read, parsed and stored while Kafka acknowledges
            // the previous one; results still go out in order, each once its chunk is acknowledged.
            try {
                intake.acceptChunks(batch, new IntakePipeline.ChunkResults<>() {
                    @Override
                    public void taken(Lines lines, List<ArticleIntake.Outcome> outcomes) {
                        writeUnchecked(out, lines.answered(outcomes));
                    }

                    @Override
                    public void refused(Lines lines, ProblemException unavailable) {
                        writeUnchecked(out, unavailableFrom(lines, unavailable));
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        return Response.ok(rest, NDJSON).build();
    }

    /**
     * A chunk's lines: their results so far (rejected lines final, the others placeholders), and
     * which of them (slots) take the outcomes of the chunk's articles, in order.
     */
    private record Lines(List<BatchLineResult> results, List<Integer> slots) {
        List<BatchLineResult> answered(List<ArticleIntake.Outcome> outcomes) {
            for (int i = 0; i < outcomes.size(); i++) {
                int slot = slots.get(i);
                ArticleIntake.Outcome o = outcomes.get(i);
                results.set(slot, BatchLineResult.taken(results.get(slot).line(), o.articleId(), o.duplicate(),
                        o.nearDuplicateOf()));
            }
            return results;
        }
    }

    /** Kafka did not take the chunk: nothing of it was accepted, and nothing after it is read. */
    private List<BatchLineResult> unavailableFrom(Lines lines, ProblemException unavailable) {
        List<BatchLineResult> results = lines.results();
        int firstSlot = lines.slots().get(0);
        long from = results.get(firstSlot).line();
        LOG.warnf("Batch stopped at line %d: %s", from, unavailable.getMessage());
        List<BatchLineResult> answered = new ArrayList<>(results.subList(0, firstSlot));
        answered.add(BatchLineResult.unavailable(from, whatIsAway(unavailable) + " is unavailable: this line and all after it "
                + "were not accepted; send them again later.", Math.max(1, retryAfter.toSeconds())));
        return answered;
    }

    private static String whatIsAway(ProblemException unavailable) {
        return unavailable instanceof StoreUnavailable ? "The article store" : "Kafka";
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

    private void writeUnchecked(OutputStream out, List<BatchLineResult> results) {
        try {
            write(out, results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of one batch, a chunk at a time: up to a chunk of good articles and the bad lines between them. */
    private final class Batch implements Iterator<IntakePipeline.Chunk<Lines>> {
        private final NdjsonLines lines;
        private boolean done;

        Batch(NdjsonLines lines) {
            this.lines = lines;
        }

        @Override
        public boolean hasNext() {
            return !done;
        }

        @Override
        public IntakePipeline.Chunk<Lines> next() {
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
                        results.add(BatchLineResult.taken(line.number(), null, false, null)); // filled once taken
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
            return new IntakePipeline.Chunk<>(new Lines(results, slots), articles);
        }
    }
}
