package io.allywatch.ingest.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One feed's validators from its last complete fetch, sent back as If-None-Match and
 * If-Modified-Since; kept in the database so a restarted service still polls conditionally.
 * The row is also where replicas claim the feed's next poll (see {@link FeedLease}).
 */
@Entity
@Table(name = "feed_state")
public class FeedState extends PanacheEntityBase {
    @Id
    @Column(name = "feed_name")
    public String feedName;
    /** The URL the validators belong to: they are not sent to another one. */
    public String url;
    public String etag;
    @Column(name = "last_modified")
    public String lastModified;
    @Column(name = "last_polled_at")
    public Instant lastPolledAt;
    /** Why the last poll failed; null when it succeeded. */
    @Column(name = "last_error")
    public String lastError;
    /**
     * Until when a poll in progress holds the feed; null when none does. Written only by the
     * poller's conditional UPDATEs, never by saving the entity, which would undo another
     * replica's claim made in between.
     */
    @Column(name = "claimed_until", insertable = false, updatable = false)
    public Instant claimedUntil;
    /** The token of the poll that holds the claim, so that it releases only its own. */
    @Column(name = "claimed_by", insertable = false, updatable = false)
    public String claimedBy;
}
