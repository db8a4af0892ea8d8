package io.allywatch.ingest.feeds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One feed's validators from its last complete fetch, sent back as If-None-Match and
 * If-Modified-Since; kept in the database so a restarted service still polls conditionally.
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
}
