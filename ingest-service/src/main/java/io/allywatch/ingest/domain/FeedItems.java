package io.allywatch.ingest.domain;

import io.allywatch.contract.Article;
import io.allywatch.http.ProblemException;
import io.allywatch.ingest.store.FeedStateStore;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The new items of a fetched feed, taken: oldest first, each id once, those an earlier poll
 * handled skipped, the rest completed into articles (an item without text is rejected, and
 * recorded so it is not refused at every poll) and handed to the intake a chunk at a time. What
 * was handled is recorded with the feed's validators; if Kafka refused a chunk, that chunk and
 * the rest stay unrecorded and the validators are dropped, so the next poll fetches and retries them.
 */
@ApplicationScoped
public class FeedItems {
    private static final Logger LOG = Logger.getLogger(FeedItems.class);

    private final FeedStateStore states;
    private final ArticleNormalizer articles;
    private final ArticleIntake intake;
    private final MeterRegistry registry;
    private final int chunkSize;

    public FeedItems(FeedStateStore states, ArticleNormalizer articles, ArticleIntake intake, MeterRegistry registry,
                     @ConfigProperty(name = "allywatch.ingest.batch.chunk-size") int chunkSize) {
        this.states = states;
        this.articles = articles;
        this.intake = intake;
        this.registry = registry;
        this.chunkSize = chunkSize;
    }

    /**
     * What taking a feed's items did. {@code alreadySeen}: handled by an earlier poll; {@code left}:
     * not handled, for the next poll; {@code error}: why items were left (Kafka), else null.
     */
    public record Taken(int items, int accepted, int duplicates, int rejected, int alreadySeen, int left, String error) {
    }

    public Taken take(String name, String url, FeedParser.Parsed parsed, FeedStateStore.Validators fetched) {
        // Feeds list the newest first: take them oldest first. The same id twice counts once.
        Map<String, FeedParser.Item> byId = new LinkedHashMap<>();
        List<FeedParser.Item> items = new ArrayList<>(parsed.items());
        Collections.reverse(items);
        items.forEach(i -> byId.putIfAbsent(i.id(), i));
        Set<String> seen = states.handled(name, byId.keySet());

        Results results = new Results();
        int rejected = 0;
        List<FeedParser.Item> pending = new ArrayList<>();
        List<Article> pendingArticles = new ArrayList<>();
        for (FeedParser.Item item : byId.values()) {
            if (seen.contains(item.id())) {
                continue;
            }
            try {
                pendingArticles.add(articles.complete(item.article()));
                pending.add(item);
            } catch (ProblemException bad) {
                // Recorded as seen: the same item would be refused at every poll.
                rejected++;
                LOG.warnf("Feed %s: item %s rejected: %s", name, item.id(), bad.problem().detail());
                results.handled.add(new FeedStateStore.Handled(item.id(), null));
            }
        }
        List<IntakePipeline.Chunk<List<FeedParser.Item>>> chunks = new ArrayList<>();
        for (int from = 0; from < pending.size(); from += chunkSize) {
            int to = Math.min(pending.size(), from + chunkSize);
            chunks.add(new IntakePipeline.Chunk<>(pending.subList(from, to), pendingArticles.subList(from, to)));
        }
        intake.acceptChunks(chunks.iterator(), results);
        // Validators only once every item was handled: a 304 would otherwise hide the ones left.
        String error = results.kafkaError == null ? null : "Kafka unavailable: " + results.kafkaError;
        states.recordPoll(name, url, error == null ? fetched : FeedStateStore.Validators.NONE, error, results.handled);
        count(name, "accepted", results.accepted);
        count(name, "duplicate", results.duplicates);
        count(name, "rejected", rejected);
        Taken taken = new Taken(byId.size(), results.accepted, results.duplicates, rejected, seen.size(),
                byId.size() - seen.size() - results.handled.size(), error);
        if (error == null) {
            LOG.infof("Feed %s: %d item(s), %d accepted, %d duplicate(s), %d rejected, %d seen before",
                    name, taken.items(), taken.accepted(), taken.duplicates(), taken.rejected(), taken.alreadySeen());
        }
        return taken;
    }

    /** The items handled, as the intake reports its chunks. */
    private static final class Results implements IntakePipeline.ChunkResults<List<FeedParser.Item>> {
        final List<FeedStateStore.Handled> handled = new ArrayList<>();
        int accepted;
        int duplicates;
        String kafkaError;

        @Override
        public void taken(List<FeedParser.Item> items, List<ArticleIntake.Outcome> outcomes) {
            for (int i = 0; i < outcomes.size(); i++) {
                ArticleIntake.Outcome o = outcomes.get(i);
                if (o.duplicate()) {
                    duplicates++;
                } else {
                    accepted++;
                }
                handled.add(new FeedStateStore.Handled(items.get(i).id(), o.articleId()));
            }
        }

        @Override
        public void refused(List<FeedParser.Item> items, ProblemException unavailable) {
            kafkaError = unavailable.problem().detail();
        }
    }

    private void count(String feed, String outcome, int n) {
        if (n > 0) {
            registry.counter("allywatch.feeds.items", "feed", feed, "outcome", outcome).increment(n);
        }
    }
}
