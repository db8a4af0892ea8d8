package io.allywatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.allywatch.contract.Article;
import io.allywatch.contract.ArticleIds;
import io.allywatch.http.Problem;
import io.allywatch.http.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Single uploads taken together, with a fake chunk taker: no store, no Kafka. */
class GroupedIntakeTest {
    private final ExecutorService clients = Executors.newFixedThreadPool(40);

    @AfterEach
    void stop() {
        clients.shutdownNow();
    }

    private static Article article(String text) {
        return new Article(ArticleIds.forText(text), null, null, null, null, "en", text, Instant.parse("2026-12-07T00:00:00Z"));
    }

    /** A taker that answers each article as new, slowly (as a commit and Kafka's acks take time), and records its chunks. */
    private static final class SlowTaker implements GroupedIntake.ChunkTaker {
        final List<Integer> chunkSizes = Collections.synchronizedList(new ArrayList<>());
        final Set<String> refused = ConcurrentHashMap.newKeySet();
        volatile RuntimeException failWith;

        @Override
        public List<ArticleIntake.Outcome> acceptAll(List<Article> articles) {
            chunkSizes.add(articles.size());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failWith != null) {
                throw failWith;
            }
            if (articles.stream().anyMatch(a -> refused.contains(a.articleId()))) {
                throw new IllegalStateException("value too long");
            }
            return articles.stream().map(a -> new ArticleIntake.Outcome(a.articleId(), false, null)).toList();
        }
    }

    @Test
    void uploadsArrivingTogetherAreTakenInFewChunksAndEachGetsItsOwnOutcome() throws Exception {
        SlowTaker taker = new SlowTaker();
        GroupedIntake grouped = new GroupedIntake(taker, 100);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ArticleIntake.Outcome>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Article a = article("Upload number " + i + " about aid to Peru.");
            answers.add(clients.submit(() -> {
                start.await();
                return grouped.accept(a);
            }));
        }
        start.countDown();
        for (int i = 0; i < 40; i++) {
            assertThat(answers.get(i).get(10, TimeUnit.SECONDS).articleId())
                    .isEqualTo(ArticleIds.forText("Upload number " + i + " about aid to Peru."));
        }
        assertThat(taker.chunkSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
        assertThat(taker.chunkSizes).as("40 uploads at once share chunks").hasSizeLessThan(40);
    }

    @Test
    void aLoneUploadIsTakenAtOnceAndAChunkNeverExceedsTheLimit() throws Exception {
        SlowTaker taker = new SlowTaker();
        GroupedIntake grouped = new GroupedIntake(taker, 3);
        assertThat(grouped.accept(article("Alone.")).duplicate()).isFalse();
        assertThat(taker.chunkSizes).containsExactly(1);

        List<CompletableFuture<ArticleIntake.Outcome>> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Article a = article("Many " + i);
            many.add(CompletableFuture.supplyAsync(() -> grouped.accept(a), clients));
        }
        CompletableFuture.allOf(many.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(taker.chunkSizes).allMatch(n -> n <= 3);
    }

    @Test
    void aChunkKafkaRefusesIsTheSame503ForEveryUploadInIt() {
        SlowTaker taker = new SlowTaker();
        taker.failWith = new ProblemException(Problem.of(503, "Service Unavailable", "try again later"), Duration.ofSeconds(7), null);
        GroupedIntake grouped = new GroupedIntake(taker, 100);
        assertThatThrownBy(() -> grouped.accept(article("Kafka away.")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(503));
    }

    @Test
    void anArticleTheStoreRefusesFailsAloneAndTheOthersOfItsChunkAreTaken() throws Exception {
        SlowTaker taker = new SlowTaker();
        Article bad = article("The store refuses this one.");
        taker.refused.add(bad.articleId());
        GroupedIntake grouped = new GroupedIntake(taker, 100);
        // a slow first upload holds the chunk taker, so the next ones queue up together
        CompletableFuture<ArticleIntake.Outcome> first = CompletableFuture.supplyAsync(() -> grouped.accept(article("First.")), clients);
        Thread.sleep(5);
        List<CompletableFuture<ArticleIntake.Outcome>> rest = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Article a = article("Good " + i);
            rest.add(CompletableFuture.supplyAsync(() -> grouped.accept(a), clients));
        }
        CompletableFuture<ArticleIntake.Outcome> refused = CompletableFuture.supplyAsync(() -> grouped.accept(bad), clients);

        assertThat(first.get(10, TimeUnit.SECONDS).duplicate()).isFalse();
        for (CompletableFuture<ArticleIntake.Outcome> r : rest) {
            assertThat(r.get(10, TimeUnit.SECONDS).duplicate()).isFalse();
        }
        assertThat(refused).failsWithin(Duration.ofSeconds(10)).withThrowableThat().havingRootCause()
                .isInstanceOf(IllegalStateException.class).withMessage("value too long");
    }
}
