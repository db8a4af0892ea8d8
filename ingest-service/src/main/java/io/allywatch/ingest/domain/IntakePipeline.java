package io.allywatch.ingest.domain;

import io.allywatch.contract.Article;
import io.allywatch.http.ProblemException;
import java.util.Iterator;
import java.util.List;

/**
 * The intake's chunks one after another, one chunk ahead: the next chunk is pulled from the
 * caller (who reads and parses it), stored and sent while Kafka acknowledges the one before, so
 * that wait overlaps the caller's work instead of adding to it. Each chunk is reported in order
 * once Kafka answered for it; the first chunk Kafka refuses ends the run, and a chunk already
 * begun after it is settled without being reported (the caller sends it again; if Kafka took it
 * after all, its articles come back as duplicates).
 */
public final class IntakePipeline {
    private final ArticleIntake intake;

    IntakePipeline(ArticleIntake intake) {
        this.intake = intake;
    }

    /** One chunk: the caller's own tag for it (what to answer), and its articles. */
    public record Chunk<T>(T tag, List<Article> articles) {
    }

    /** Where the pipeline reports each chunk, in order. */
    public interface ChunkResults<T> {
        /** Kafka has every record of the chunk: one outcome per article, in order. */
        void taken(T tag, List<ArticleIntake.Outcome> outcomes);

        /** Kafka or the store did not take the chunk (none of it is accepted); no chunk after it is read. */
        void refused(T tag, ProblemException unavailable);
    }

    private record Begun<T>(T tag, PendingChunk pending) {
    }

    /** @return true when every chunk was taken, false when Kafka refused one */
    <T> boolean run(Iterator<Chunk<T>> chunks, ChunkResults<T> results) {
        Begun<T> previous = null;
        Begun<T> next = null;
        try {
            while (previous != null || chunks.hasNext()) {
                ProblemException refusedAtBegin = null;
                T nextTag = null;
                if (chunks.hasNext()) {
                    Chunk<T> chunk = chunks.next();
                    nextTag = chunk.tag();
                    try {
                        next = new Begun<>(chunk.tag(), intake.beginChunk(chunk.articles()));
                    } catch (ProblemException unavailable) { // the store away, or a second pass (after a race) met Kafka down
                        refusedAtBegin = unavailable;
                    }
                }
                if (previous != null) {
                    Begun<T> last = previous;
                    previous = null;
                    List<ArticleIntake.Outcome> outcomes;
                    try {
                        outcomes = intake.finish(last.pending());
                    } catch (ProblemException unavailable) {
                        results.refused(last.tag(), unavailable);
                        return false;
                    }
                    results.taken(last.tag(), outcomes);
                }
                if (refusedAtBegin != null) {
                    results.refused(nextTag, refusedAtBegin);
                    return false;
                }
                previous = next;
                next = null;
            }
            return true;
        } finally {
            // A reading or writing error, or Kafka stopping the run: settle what is in flight.
            settle(previous);
            settle(next);
        }
    }

    private void settle(Begun<?> begun) {
        if (begun != null) {
            try {
                intake.finish(begun.pending());
            } catch (ProblemException alsoUnavailable) {
                // its rows are deleted again, or left to the outbox; nothing else to do
            }
        }
    }
}
