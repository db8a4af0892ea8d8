package io.allywatch.ingest.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The ingest outbox: a row is committed before Kafka has its record and marked published on
 * Kafka's ack ({@link ArticleIntake}). Rows a crash left in between (committed, never marked), and
 * rows whose publish timed out (Kafka away: the client was answered 503), are published here, every so often, once older than twice the publish timeout: a younger one may
 * still be in flight on another replica, which then marks or deletes it. A row whose record Kafka
 * has already (the crash came between the ack and the mark) is only marked, so
 * {@code articles.raw} holds each article once.
 */
@ApplicationScoped
public class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class);
    /** Rows published again per run (a larger backlog takes several runs). */
    static final int BATCH = 1000;
    /**
     * Full batches settled one after another in a run: after a broker outage the rows clients were
     * told to send again (503) wait here, and they should not trickle out at one batch a run.
     */
    static final int MAX_BATCHES_PER_RUN = 20;
    /** How far before a row's receipt its record is looked for on Kafka. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final ReceivedArticles store;
    private final ArticleSender sender;
    private final Clock clock;
    private final Duration publishTimeout;

    public Outbox(ReceivedArticles store, ArticleSender sender, Clock clock,
                  @ConfigProperty(name = "allywatch.ingest.publish-timeout") Duration publishTimeout) {
        this.store = store;
        this.sender = sender;
        this.clock = clock;
        this.publishTimeout = publishTimeout;
    }

    @Scheduled(every = "${allywatch.ingest.republish-every}", delayed = "${allywatch.ingest.republish-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            for (int b = 0; b < MAX_BATCHES_PER_RUN; b++) {
                Pass pass = settleStale();
                if (!pass.complete() || pass.found() < BATCH) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("the outbox run failed (%s); next try later", e.toString());
        }
    }

    /** One look: how many rows were due, how many published again, and whether every due row was settled. */
    record Pass(int found, int published, boolean complete) {
        static final Pass NOTHING_DUE = new Pass(0, 0, true);

        static Pass failed(int found) {
            return new Pass(found, 0, false);
        }
    }

    /** @return how many rows were published again (0 when none was due, or Kafka did not take them) */
    public int republishStale() {
        return settleStale().published();
    }

    Pass settleStale() {
        List<ReceivedArticles.Row> found = store.unpublished(clock.instant().minus(publishTimeout.multipliedBy(2)), BATCH);
        if (found.isEmpty()) {
            return Pass.NOTHING_DUE;
        }
        // A crash between Kafka's ack and the mark leaves a row unmarked that Kafka has: mark it, do
        // not publish it twice. Records are looked for from a while before the oldest row was received
        // (clocks of replicas and broker differ); a row whose record is not found is published.
        Instant since = found.stream().map(r -> r.article().receivedAt()).filter(java.util.Objects::nonNull)
                .min(Instant::compareTo).orElse(clock.instant()).minus(CLOCK_SKEW);
        Set<String> onKafka;
        try {
            onKafka = sender.alreadySent(found.stream().map(r -> r.article().articleId()).toList(), since);
        } catch (RuntimeException e) {
            LOG.warnf("%d stored article(s) may not be on Kafka, but %s could not be read to tell (%s); next try later",
                    found.size(), "the topic", e.toString());
            return Pass.failed(found.size());
        }
        if (!onKafka.isEmpty()) {
            store.markPublished(List.copyOf(onKafka));
            LOG.infof("%d stored article(s) a crash had left unmarked were on Kafka already: marked, not published again",
                    onKafka.size());
        }
        List<ReceivedArticles.Row> stale = found.stream().filter(r -> !onKafka.contains(r.article().articleId())).toList();
        if (stale.isEmpty()) {
            return new Pass(found.size(), 0, true);
        }
        List<ArticleSender.Outgoing> outgoing = stale.stream().map(r -> new ArticleSender.Outgoing(r.article(), r.nearDuplicateOf())).toList();
        try {
            sender.sendAll(outgoing).get(publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("%d stored article(s) not yet on Kafka could not be published again (%s); next try later", stale.size(), e.toString());
            return Pass.failed(found.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Pass.failed(found.size());
        }
        List<String> ids = stale.stream().map(r -> r.article().articleId()).toList();
        store.markPublished(ids);
        LOG.infof("%d stored article(s) that a crash or an outage had kept off Kafka were published", ids.size());
        return new Pass(found.size(), ids.size(), true);
    }
}
