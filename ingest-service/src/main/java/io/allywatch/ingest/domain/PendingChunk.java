package io.allywatch.ingest.domain;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * A chunk whose rows are committed and whose records are on their way to Kafka;
 * {@link ArticleIntake#finish} waits for the acknowledgements.
 */
final class PendingChunk {
    final List<Candidate> candidates;
    final List<ArticleIntake.Outcome> outcomes;
    /** The ids of the records sent (the chunk's new articles). */
    final List<String> sent;
    /** Completes when Kafka has every record of the chunk (or fails). */
    final CompletableFuture<Void> acks;
    /** Completed by finish: duplicates of this chunk's ids in other chunks wait on it. */
    final CompletableFuture<Void> settled = new CompletableFuture<>();
    /** Outcomes (by index) that name an article of a chunk still waiting for Kafka. */
    final Map<Integer, CompletableFuture<Void>> dependsOn;
    boolean finished;

    PendingChunk(List<Candidate> candidates, List<ArticleIntake.Outcome> outcomes, List<String> sent,
                 CompletableFuture<Void> acks, Map<Integer, CompletableFuture<Void>> dependsOn) {
        this.candidates = candidates;
        this.outcomes = outcomes;
        this.sent = sent;
        this.acks = acks;
        this.dependsOn = dependsOn;
    }

    /** Outcomes already settled and counted. */
    static PendingChunk done(List<ArticleIntake.Outcome> outcomes) {
        PendingChunk p = new PendingChunk(List.of(), outcomes, List.of(), CompletableFuture.completedFuture(null), Map.of());
        p.finished = true;
        p.settled.complete(null);
        return p;
    }

    interface FingerprintAction {
        void apply(String articleId, long fingerprint);
    }

    /** The fingerprints of the chunk's articles that were taken (not duplicates). */
    void forEachTakenFingerprint(FingerprintAction action) {
        for (int i = 0; i < candidates.size(); i++) {
            ArticleIntake.Outcome o = outcomes.get(i);
            OptionalLong fp = candidates.get(i).fingerprint();
            if (!o.duplicate() && fp.isPresent()) {
                action.apply(o.articleId(), fp.getAsLong());
            }
        }
    }
}
