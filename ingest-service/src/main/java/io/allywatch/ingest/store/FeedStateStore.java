package io.allywatch.ingest.store;

import io.allywatch.ingest.domain.FeedSchedule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the poller keeps per feed ({@link FeedState}: validators, last poll, last error) and per item
 * ({@link FeedItem}: handled once), each write in a transaction of its own.
 */
@ApplicationScoped
public class FeedStateStore {
    private final Clock clock;

    public FeedStateStore(Clock clock) {
        this.clock = clock;
    }

    /** The validators of the last complete fetch of this URL (none when the feed moved to another URL). */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /** An item handled by a poll: its id in the feed and the article it became (null when rejected). */
    public record Handled(String itemId, String articleId) {
    }

    public Validators validators(String name, String url) {
        FeedState state = QuarkusTransaction.requiringNew().call(() -> FeedState.<FeedState>findById(name));
        return validatorsOf(state, url);
    }

    private static Validators validatorsOf(FeedState state, String url) {
        // Validators belong to a URL: a feed moved in the configuration is fetched in full.
        return state != null && url.equals(state.url) ? new Validators(state.etag, state.lastModified) : Validators.NONE;
    }

    /** Every feed's last poll and claim, by name, as the schedule reads them. */
    public Map<String, FeedSchedule.Status> statuses() {
        Map<String, FeedSchedule.Status> statuses = new HashMap<>();
        QuarkusTransaction.requiringNew().call(() -> FeedState.<FeedState>listAll())
                .forEach(s -> statuses.put(s.feedName, new FeedSchedule.Status(s.lastPolledAt, s.claimedUntil)));
        return statuses;
    }

    /** The conditional UPDATE of a claim needs a row: a feed never polled gets one, whichever replica inserts it. */
    public void ensureRow(String name, String url) {
        if (QuarkusTransaction.requiringNew().call(() -> FeedState.findById(name)) != null) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                FeedState state = new FeedState();
                state.feedName = name;
                state.url = url;
                state.persist();
            });
        } catch (RuntimeException e) {
            // Another replica inserted it at the same time (duplicate key): its row does as well.
            if (QuarkusTransaction.requiringNew().call(() -> FeedState.findById(name)) == null) {
                throw e;
            }
        }
    }

    /** The ids among these that an earlier poll of this feed handled. */
    public Set<String> handled(String name, Set<String> itemIds) {
        if (itemIds.isEmpty()) {
            return Set.of();
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        itemIds.forEach(id -> byKey.put(FeedItem.key(name, id), id));
        Set<String> seen = new HashSet<>();
        List<String> keys = new ArrayList<>(byKey.keySet());
        // Bounded IN lists: a large feed must not build one huge statement.
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + 500));
            List<String> found = QuarkusTransaction.requiringNew().call(() -> FeedItem
                    .<FeedItem>list("itemKey in ?1", part).stream().map(i -> i.itemKey).toList());
            found.forEach(k -> seen.add(byKey.get(k)));
        }
        return seen;
    }

    /** A poll that fetched: the items it handled and the feed's new validators (none when items were left over). */
    public void recordPoll(String name, String url, Validators validators, String error, List<Handled> handled) {
        QuarkusTransaction.requiringNew().run(() -> {
            handled.forEach(h -> FeedItem.of(name, h.itemId(), h.articleId(), clock.instant()).persist());
            upsert(name, url, validators, error);
        });
    }

    /** A failed poll: the validators are kept, they still describe the last complete fetch. */
    public void recordFailure(String name, String url, String error) {
        QuarkusTransaction.requiringNew().run(() -> upsert(name, url, validatorsOf(FeedState.findById(name), url), error));
    }

    /** Inside a transaction. */
    private void upsert(String name, String url, Validators validators, String error) {
        FeedState found = FeedState.findById(name);
        FeedState state = found != null ? found : new FeedState();
        state.feedName = name;
        state.url = url;
        state.etag = truncate(validators.etag(), 1024);
        state.lastModified = truncate(validators.lastModified(), 256);
        state.lastPolledAt = clock.instant();
        state.lastError = truncate(error, 2048);
        if (found == null) {
            state.persist(); // after the fields: the insert takes the state as it is now
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
