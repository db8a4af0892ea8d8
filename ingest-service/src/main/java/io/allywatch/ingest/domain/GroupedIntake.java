package io.allywatch.ingest.domain;

import io.allywatch.contract.Article;
import io.allywatch.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single-article uploads that arrive together are taken as one chunk: one transaction and one wait
 * for Kafka's acknowledgements for all of them, each request answered with its own outcome. One
 * request per article otherwise pays its own commit and its own wait, which capped single uploads
 * at about 220 a second on two cores (docs/BENCHMARKS.md).
 *
 * <p>No thread of its own: a waiting request that finds no one taking chunks takes them (leader and
 * followers), so every chunk runs on a request thread, as a single upload did before. A request
 * alone is taken at once; those arriving while a chunk waits for Kafka form the next chunk.
 */
@ApplicationScoped
public class GroupedIntake {
    /** How long a follower waits before it looks whether it should take the next chunk itself. */
    private static final long FOLLOWER_POLL_MILLIS = 2;

    /** Takes a chunk of articles: one outcome per article, in order (the intake's {@code acceptAll}). */
    @FunctionalInterface
    public interface ChunkTaker {
        List<ArticleIntake.Outcome> acceptAll(List<Article> articles);
    }

    private record Waiting(Article article, CompletableFuture<ArticleIntake.Outcome> outcome) {
    }

    private final ChunkTaker taker;
    private final int maxGroup;
    private final ConcurrentLinkedQueue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock taking = new ReentrantLock();

    @Inject
    public GroupedIntake(ArticleIntake intake, @ConfigProperty(name = "allywatch.ingest.single.max-group") int maxGroup) {
        this(intake::acceptAll, maxGroup);
    }

    public GroupedIntake(ChunkTaker taker, int maxGroup) {
        this.taker = taker;
        this.maxGroup = maxGroup;
    }

    /**
     * Accepts one article, with any others waiting at the same moment.
     *
     * @throws ProblemException as {@link ArticleIntake#acceptAll} throws it (503 when Kafka or the store is away)
     */
    public ArticleIntake.Outcome accept(Article article) {
        Waiting mine = new Waiting(article, new CompletableFuture<>());
        queue.add(mine);
        while (!mine.outcome().isDone()) {
            if (taking.tryLock()) {
                try {
                    while (!mine.outcome().isDone()) {
                        takeNextGroup();
                    }
                } finally {
                    taking.unlock();
                }
            } else {
                try {
                    mine.outcome().get(FOLLOWER_POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException stillWaitingOrDone) {
                    // loop: done now, or look whether the one taking chunks has finished
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the article was being taken", e);
                }
            }
        }
        try {
            return mine.outcome().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void takeNextGroup() {
        List<Waiting> group = new ArrayList<>();
        Waiting next;
        while (group.size() < maxGroup && (next = queue.poll()) != null) {
            group.add(next);
        }
        if (!group.isEmpty()) {
            take(group);
        }
    }

    private void take(List<Waiting> group) {
        List<ArticleIntake.Outcome> outcomes;
        try {
            outcomes = taker.acceptAll(group.stream().map(Waiting::article).toList());
        } catch (ProblemException unavailable) {
            // Kafka or the store away: nothing of the chunk accepted, every request told to retry
            group.forEach(w -> w.outcome().completeExceptionally(unavailable));
            return;
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).outcome().completeExceptionally(e);
                return;
            }
            // one article's fault (a row the store refuses) must not fail the others: each alone
            group.forEach(w -> take(List.of(w)));
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).outcome().complete(outcomes.get(i));
        }
    }
}
