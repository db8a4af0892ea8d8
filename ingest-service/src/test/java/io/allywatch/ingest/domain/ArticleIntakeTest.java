package io.allywatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.allywatch.contract.Article;
import io.allywatch.contract.ArticleIds;
import io.allywatch.http.ProblemException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The intake's rules with an in-memory store and a fake Kafka: no Quarkus, no broker, no database. */
class ArticleIntakeTest {
    /** Near-duplicates of each other (within 3 bits with single-word shingles, as configured). */
    private static final String ORIGINAL = "US President Donald Trump intends to designate Peru as a major non-NATO ally, another "
            + "sign of the deepening security ties between Washington and Lima, the White House said on Friday "
            + "in a statement that also praised Lima's fight against drug trafficking and organised crime. "
            + "The designation gives Peru access to surplus US military equipment, priority delivery of defence "
            + "material and the chance to take part in cooperative research and development projects.";
    private static final String EDITED = ORIGINAL.replace("on Friday", "late on Friday");
    private static final Duration RETRY_AFTER = Duration.ofSeconds(17);

    private final FakeStore store = new FakeStore();
    private final FakeKafka kafka = new FakeKafka();
    private final io.allywatch.ingest.config.MovableClock clock = new io.allywatch.ingest.config.MovableClock();
    private final ArticleIntake intake = new ArticleIntake(store, kafka, (declared, text) -> Optional.ofNullable(declared),
            new SimpleMeterRegistry(), RETRY_AFTER, Duration.ofSeconds(10), new SimHash(1, 20), new DuplicateIndex(3));
    private final Outbox outbox = new Outbox(store, kafka, clock, Duration.ofSeconds(10));

    /** Two senders of one text: the first stored and waiting for Kafka's answer ({@code firstAcks}), the second stored after it. */
    private record TwoSenders(CompletableFuture<Void> firstAcks, CompletableFuture<List<ArticleIntake.Outcome>> first,
                              CompletableFuture<List<ArticleIntake.Outcome>> second) {
    }

    private TwoSenders twoSendersOf(Article x) {
        CompletableFuture<Void> firstAcks = new CompletableFuture<>();
        kafka.next.add(firstAcks);
        CompletableFuture<List<ArticleIntake.Outcome>> first = CompletableFuture.supplyAsync(() -> intake.acceptAll(List.of(x)));
        await().atMost(Duration.ofSeconds(10)).until(() -> store.inserts.get() == 1);
        CompletableFuture<List<ArticleIntake.Outcome>> second = CompletableFuture.supplyAsync(() -> intake.acceptAll(List.of(x)));
        await().atMost(Duration.ofSeconds(10)).until(() -> store.inserts.get() == 2);
        return new TwoSenders(firstAcks, first, second);
    }

    /** An article received now (by the test's clock), so the outbox takes it only once the clock moves. */
    private Article fresh(String text) {
        return new Article(ArticleIds.forText(text), null, null, null, null, "en", text, clock.instant());
    }

    private static Article article(String text) {
        return new Article(ArticleIds.forText(text), null, null, null, null, "en", text, Instant.parse("2026-12-06T10:00:00Z"));
    }

    @Test
    void aNewArticleIsStoredAndPublished() {
        ArticleIntake.Outcome o = intake.accept(article("Peru was named a major non-NATO ally."));
        assertThat(o.duplicate()).isFalse();
        assertThat(o.nearDuplicateOf()).isNull();
        assertThat(store.ids()).containsExactly(o.articleId());
        assertThat(kafka.sentIds()).containsExactly(o.articleId());
    }

    @Test
    void anExactDuplicateIsRefusedAndNotPublishedAgain() {
        Article a = article("Chile and Peru agreed on joint exercises.");
        assertThat(intake.accept(a).duplicate()).isFalse();
        assertThat(intake.accept(a).duplicate()).isTrue();
        // and within one chunk
        List<ArticleIntake.Outcome> chunk = intake.acceptAll(List.of(article("Once."), article("Once.")));
        assertThat(chunk).extracting(ArticleIntake.Outcome::duplicate).containsExactly(false, true);
        assertThat(kafka.sentIds()).containsExactly(a.articleId(), ArticleIds.forText("Once."));
    }

    @Test
    void aNearDuplicateInTheSameChunkNamesTheEarlierArticle() {
        List<ArticleIntake.Outcome> outcomes = intake.acceptAll(List.of(article(ORIGINAL), article(EDITED)));
        assertThat(outcomes.get(0).nearDuplicateOf()).isNull();
        assertThat(outcomes.get(1).duplicate()).isFalse();
        assertThat(outcomes.get(1).nearDuplicateOf()).isEqualTo(ArticleIds.forText(ORIGINAL));
        assertThat(kafka.sent).extracting(ArticleSender.Outgoing::nearDuplicateOf)
                .containsExactly(null, ArticleIds.forText(ORIGINAL));
        assertThat(store.rows.get(ArticleIds.forText(EDITED)).nearDuplicateOf()).isEqualTo(ArticleIds.forText(ORIGINAL));
    }

    @Test
    void aNearDuplicateInALaterChunkNamesTheEarlierArticle() {
        intake.acceptAll(List.of(article(ORIGINAL)));
        assertThat(intake.acceptAll(List.of(article(EDITED))).get(0).nearDuplicateOf()).isEqualTo(ArticleIds.forText(ORIGINAL));
    }

    @Test
    void whatKafkaRefusesIs503AndItsRowsAndFingerprintsAreTakenBack() {
        kafka.next.add(CompletableFuture.failedFuture(new IllegalStateException("broker down")));
        assertThatThrownBy(() -> intake.acceptAll(List.of(article(ORIGINAL), article("Another one."))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(503);
                    assertThat(e.toResponse().getHeaderString("Retry-After")).isEqualTo("17");
                });
        assertThat(store.ids()).as("rows deleted again").isEmpty();

        // Kafka back: the same article is new, and the refused one is no near-duplicate source.
        assertThat(intake.accept(article(EDITED)).nearDuplicateOf()).as("fingerprint taken back").isNull();
        assertThat(intake.accept(article("Another one.")).duplicate()).isFalse();
    }

    @Test
    void whatKafkaMayHaveTakenIs503AndItsRowsStayForTheOutboxSoARetryIsADuplicateAndTheTopicHoldsEachOnce() {
        Article appended = fresh("Kafka appended this one, but its answer was lost.");
        Article lost = fresh("Kafka never had this one.");
        kafka.next.add(CompletableFuture.failedFuture(new ArticleSender.Unconfirmed(
                new org.apache.kafka.common.errors.TimeoutException("Expiring 2 record(s) for articles.raw-0"))));
        assertThatThrownBy(() -> intake.acceptAll(List.of(appended, lost)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(503);
                    assertThat(e.toResponse().getHeaderString("Retry-After")).isEqualTo("17");
                    assertThat(e.problem().detail()).contains("try again later", "duplicate");
                });
        assertThat(store.ids()).as("rows kept").containsExactly(appended.articleId(), lost.articleId());
        assertThat(store.published).as("not marked: the outbox settles them").isEmpty();

        // The client sends the chunk again: both are known, nothing is sent a second time.
        assertThat(intake.acceptAll(List.of(appended, lost))).extracting(ArticleIntake.Outcome::duplicate)
                .containsExactly(true, true);
        assertThat(kafka.sentIds()).containsExactly(appended.articleId(), lost.articleId());

        // Kafka back: the outbox marks the one on the topic and publishes only the other.
        kafka.onTopic.add(appended.articleId());
        clock.advance(Duration.ofSeconds(21)); // past twice the publish timeout
        assertThat(outbox.republishStale()).isEqualTo(1);
        assertThat(kafka.sentIds()).containsExactly(appended.articleId(), lost.articleId(), lost.articleId());
        assertThat(store.published).containsExactlyInAnyOrder(appended.articleId(), lost.articleId());
        assertThat(outbox.republishStale()).as("settled: not again").isZero();
    }

    @Test
    void aPublishThatOutlastsTheWaitIsKeptToo() {
        ArticleIntake impatient = new ArticleIntake(store, kafka, (declared, text) -> Optional.ofNullable(declared),
                new SimpleMeterRegistry(), RETRY_AFTER, Duration.ofMillis(200), new SimHash(1, 20), new DuplicateIndex(3));
        Article slow = fresh("Kafka answers this one too late.");
        kafka.next.add(new CompletableFuture<>()); // never answered
        assertThatThrownBy(() -> impatient.acceptAll(List.of(slow)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(503));
        assertThat(store.ids()).containsExactly(slow.articleId());
        assertThat(impatient.accept(slow).duplicate()).isTrue();
    }

    @Test
    void aDuplicateOfAChunkKafkaMayHaveTakenStaysADuplicate() throws Exception {
        Article x = fresh("One text, two senders, and Kafka does not confirm the first.");
        TwoSenders two = twoSendersOf(x);
        CompletableFuture<Void> firstAcks = two.firstAcks();
        CompletableFuture<List<ArticleIntake.Outcome>> first = two.first();
        CompletableFuture<List<ArticleIntake.Outcome>> second = two.second();

        firstAcks.completeExceptionally(new ArticleSender.Unconfirmed(new java.util.concurrent.TimeoutException("no answer")));
        assertThat(first).failsWithin(Duration.ofSeconds(10)).withThrowableThat().havingCause()
                .isInstanceOf(ProblemException.class);
        assertThat(second.get()).containsExactly(new ArticleIntake.Outcome(x.articleId(), true, null));
        assertThat(kafka.sentIds()).as("sent once; the outbox has the rest").containsExactly(x.articleId());
    }

    @Test
    void aDuplicateOfAChunkStillPublishingIsTakenAfreshWhenThatChunkFails() throws Exception {
        Article x = article("One text, two senders, and Kafka fails the first.");
        // The second finds the row of the first, still waiting for Kafka: it waits for that answer.
        TwoSenders two = twoSendersOf(x);
        CompletableFuture<Void> firstAcks = two.firstAcks();
        CompletableFuture<List<ArticleIntake.Outcome>> first = two.first();
        CompletableFuture<List<ArticleIntake.Outcome>> second = two.second();
        assertThat(second).isNotDone();

        firstAcks.completeExceptionally(new IllegalStateException("broker down"));
        assertThat(first).failsWithin(Duration.ofSeconds(10)).withThrowableThat().havingCause()
                .isInstanceOf(ProblemException.class);
        assertThat(second.get()).containsExactly(new ArticleIntake.Outcome(x.articleId(), false, null));
        assertThat(store.ids()).containsExactly(x.articleId());
        assertThat(kafka.sentIds()).containsExactly(x.articleId(), x.articleId());
    }

    @Test
    void anIdAnotherReplicaStoredIsADuplicateAndTheRestOfTheChunkIsTaken() {
        Article theirs = article("Stored by another replica.");
        store.rows.put(theirs.articleId(), new ReceivedArticles.Row(theirs, java.util.OptionalLong.empty(), null));
        List<ArticleIntake.Outcome> outcomes = intake.acceptAll(List.of(article("Mine, first."), theirs, article("Mine, last.")));
        assertThat(outcomes).extracting(ArticleIntake.Outcome::duplicate).containsExactly(false, true, false);
        assertThat(kafka.sentIds()).containsExactly(ArticleIds.forText("Mine, first."), ArticleIds.forText("Mine, last."));
    }

    @Test
    void chunksAreReportedInOrderAndTheRunStopsAtTheFirstChunkKafkaRefuses() {
        kafka.next.add(CompletableFuture.completedFuture(null));
        kafka.next.add(CompletableFuture.failedFuture(new IllegalStateException("broker down")));
        Iterator<IntakePipeline.Chunk<String>> chunks = List.of(
                new IntakePipeline.Chunk<>("one", List.of(article("First chunk."))),
                new IntakePipeline.Chunk<>("two", List.of(article("Second chunk."))),
                new IntakePipeline.Chunk<>("three", List.of(article("Third chunk."))),
                new IntakePipeline.Chunk<>("four", List.of(article("Fourth chunk.")))).iterator();
        List<String> reported = new ArrayList<>();
        boolean all = intake.acceptChunks(chunks, new IntakePipeline.ChunkResults<>() {
            @Override
            public void taken(String tag, List<ArticleIntake.Outcome> outcomes) {
                reported.add(tag + " taken");
            }

            @Override
            public void refused(String tag, ProblemException unavailable) {
                reported.add(tag + " refused");
            }
        });
        assertThat(all).isFalse();
        assertThat(reported).containsExactly("one taken", "two refused");
        assertThat(chunks.next().tag()).as("nothing read after the chunk begun during the refused one's wait")
                .isEqualTo("four");
        assertThat(store.ids()).as("the third, begun during the wait, was not refused").containsExactly(
                ArticleIds.forText("First chunk."), ArticleIds.forText("Third chunk."));
    }

    @Test
    void whatACrashKeptOffKafkaIsPublishedAgainOnceOldEnoughAndOnlyThat() {
        ArticleIntake.Outcome taken = intake.accept(article("Colombia was designated a major non-NATO ally in 2022."));
        // a row committed by a process that died before Kafka's ack: stored, never marked published
        Article orphan = new Article(ArticleIds.forText("Kenya was designated in 2004."), null, null, null, null, "en",
                "Kenya was designated in 2004.", clock.instant());
        store.insertNew(Set.of(), known -> List.of(new ReceivedArticles.Row(orphan, java.util.OptionalLong.empty(), null)));
        kafka.sent.clear();

        assertThat(outbox.republishStale()).as("too young: it may be in flight on another replica").isZero();
        clock.advance(Duration.ofSeconds(21)); // past twice the publish timeout
        assertThat(outbox.republishStale()).isEqualTo(1);
        assertThat(kafka.sentIds()).containsExactly(orphan.articleId()).doesNotContain(taken.articleId());
        assertThat(outbox.republishStale()).as("marked now: not again").isZero();
        assertThat(kafka.sentIds()).hasSize(1);
    }

    @Test
    void anOrphanKafkaStillRefusesStaysForTheNextRun() {
        Article orphan = new Article(ArticleIds.forText("Tunisia was designated in 2015."), null, null, null, null, "en",
                "Tunisia was designated in 2015.", clock.instant());
        store.insertNew(Set.of(), known -> List.of(new ReceivedArticles.Row(orphan, java.util.OptionalLong.empty(), null)));
        clock.advance(Duration.ofMinutes(1));
        kafka.next.add(CompletableFuture.failedFuture(new IllegalStateException("broker down")));
        assertThat(outbox.republishStale()).isZero();
        assertThat(outbox.republishStale()).isEqualTo(1);
        assertThat(store.published).contains(orphan.articleId());
    }

    /** received_article in memory, with the same contract: one "transaction" per chunk, the key unique. */
    @Test
    void aStoreThatCannotBeReachedIs503WithNothingSentAndAStoreThatRefusesARowIsNot() {
        store.failure = new IllegalStateException("commit failed",
                new java.sql.SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
        assertThatThrownBy(() -> intake.acceptAll(List.of(article("Store away."))))
                .isInstanceOfSatisfying(StoreUnavailable.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(503);
                    assertThat(e.toResponse().getHeaderString("Retry-After")).isEqualTo("17");
                });
        assertThat(kafka.sentIds()).as("nothing sent for rows not stored").isEmpty();

        // A refusal that is the row's fault stays what it is (a 500), not a "try again later".
        store.failure = new IllegalStateException(new java.sql.SQLException("value too long", "22001"));
        assertThatThrownBy(() -> intake.acceptAll(List.of(article("Store refuses."))))
                .isNotInstanceOf(ProblemException.class);

        // The store back: the same article is new.
        store.failure = null;
        assertThat(intake.accept(article("Store away.")).duplicate()).isFalse();
    }

    private static final class FakeStore implements ReceivedArticles {
        final Map<String, Row> rows = new LinkedHashMap<>();
        final AtomicInteger inserts = new AtomicInteger();
        /** Thrown by the next inserts while set, as a transaction that did not go through. */
        volatile RuntimeException failure;

        synchronized List<String> ids() {
            return List.copyOf(rows.keySet());
        }

        @Override
        public synchronized int forEachStored(StoredVisitor visitor) {
            rows.values().forEach(r -> visitor.stored(r.article().articleId(),
                    r.fingerprint().isPresent() ? r.fingerprint().getAsLong() : null));
            return rows.size();
        }

        @Override
        public synchronized void insertNew(Set<String> maybeStored, Function<Set<String>, List<Row>> decide) {
            if (failure != null) {
                throw failure;
            }
            Set<String> known = new HashSet<>(maybeStored);
            known.retainAll(rows.keySet());
            List<Row> fresh = decide.apply(known);
            inserts.incrementAndGet();
            for (Row r : fresh) {
                if (rows.containsKey(r.article().articleId())) {
                    throw new IdTaken(new IllegalStateException("duplicate key " + r.article().articleId()));
                }
            }
            fresh.forEach(r -> rows.put(r.article().articleId(), r));
        }

        @Override
        public synchronized void delete(List<String> articleIds) {
            articleIds.forEach(rows::remove);
        }

        final Set<String> published = new HashSet<>();

        @Override
        public synchronized void markPublished(List<String> articleIds) {
            published.addAll(articleIds);
        }

        @Override
        public synchronized List<Row> unpublished(Instant before, int limit) {
            return rows.values().stream().filter(r -> !published.contains(r.article().articleId()))
                    .filter(r -> r.article().receivedAt().isBefore(before)).limit(limit).toList();
        }

        @Override
        public synchronized Optional<Article> find(String articleId) {
            return Optional.ofNullable(rows.get(articleId)).map(Row::article);
        }
    }

    /** Kafka as the intake sees it: the acks of each send, acknowledged at once unless a test queued an answer. */
    private static final class FakeKafka implements ArticleSender {
        final List<Outgoing> sent = new ArrayList<>();
        final Queue<CompletableFuture<Void>> next = new ArrayDeque<>();
        /** Ids whose records the broker has though no ack said so. */
        final Set<String> onTopic = new HashSet<>();

        @Override
        public synchronized Set<String> alreadySent(java.util.Collection<String> articleIds, Instant since) {
            Set<String> found = new HashSet<>(articleIds);
            found.retainAll(onTopic);
            return found;
        }

        synchronized List<String> sentIds() {
            return sent.stream().map(o -> o.article().articleId()).toList();
        }

        @Override
        public synchronized CompletableFuture<Void> sendAll(List<Outgoing> records) {
            sent.addAll(records);
            CompletableFuture<Void> answer = next.poll();
            return answer != null ? answer : CompletableFuture.completedFuture(null);
        }
    }
}
