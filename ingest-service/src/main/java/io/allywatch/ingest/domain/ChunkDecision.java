package io.allywatch.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * What one chunk's transaction decides, given the ids stored already: per article a duplicate
 * (waiting on the chunk still publishing it, if any) or a new row, with the id it nearly repeats.
 */
final class ChunkDecision {
    private final DuplicateIndex index;
    final List<ArticleIntake.Outcome> outcomes = new ArrayList<>();
    final List<ArticleSender.Outgoing> outgoing = new ArrayList<>();
    final List<String> sent = new ArrayList<>();
    final Map<Integer, CompletableFuture<Void>> dependsOn = new TreeMap<>();

    ChunkDecision(DuplicateIndex index) {
        this.index = index;
    }

    /** The rows to insert; {@code known} (mutable) holds the chunk's ids stored already. */
    List<ReceivedArticles.Row> decide(List<Candidate> candidates, Set<String> known) {
        List<ReceivedArticles.Row> rows = new ArrayList<>();
        List<NearDuplicateIndex.Entry> fresh = new ArrayList<>();
        for (Candidate cand : candidates) {
            String id = cand.id();
            if (!known.add(id)) { // stored before, or earlier in this chunk
                CompletableFuture<Void> other = index.inFlight(id);
                if (other != null) {
                    dependsOn.put(outcomes.size(), other);
                }
                outcomes.add(new ArticleIntake.Outcome(id, true, null));
                continue;
            }
            String repeats = index.repeats(cand.fingerprint(), fresh);
            rows.add(new ReceivedArticles.Row(cand.article(), cand.fingerprint(), repeats));
            outcomes.add(new ArticleIntake.Outcome(id, false, repeats));
            outgoing.add(new ArticleSender.Outgoing(cand.article(), repeats));
            sent.add(id);
            cand.fingerprint().ifPresent(fp -> fresh.add(new NearDuplicateIndex.Entry(id, fp)));
        }
        return rows;
    }
}
