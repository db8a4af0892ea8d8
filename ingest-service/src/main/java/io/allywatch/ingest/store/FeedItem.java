package io.allywatch.ingest.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** A feed item handled once (accepted, duplicate or rejected), so no later poll takes it again. */
@Entity
@Table(name = "feed_item")
public class FeedItem extends PanacheEntityBase {
    @Id
    @Column(name = "item_key")
    public String itemKey;
    @Column(name = "feed_name")
    public String feedName;
    /** The item's guid (Atom id), else its link. */
    @Column(name = "item_id")
    public String itemId;
    /** The article it became; null when it was rejected (no text, too long). */
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "seen_at")
    public Instant seenAt;

    /** Fixed-length key: guids may be any length, and the same guid may appear in two feeds. */
    public static String key(String feedName, String itemId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((feedName + '\n' + itemId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static FeedItem of(String feedName, String itemId, String articleId, Instant seenAt) {
        FeedItem item = new FeedItem();
        item.itemKey = key(feedName, itemId);
        item.feedName = feedName;
        item.itemId = itemId.length() > 2048 ? itemId.substring(0, 2048) : itemId;
        item.articleId = articleId;
        item.seenAt = seenAt;
        return item;
    }
}
