package io.allywatch.ingest.domain;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.allywatch.contract.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom document to its items, each as an Article still to be completed
 * (no id yet). ROME does the parsing (doctypes refused, so no external entities). The text is the
 * item's full content where the feed carries it (content:encoded, Atom content), else its
 * description or summary, with HTML reduced to text by {@link HtmlArticleExtractor}; the linked
 * page is not fetched. Pure logic: no I/O.
 */
public class FeedParser {
    /** Clock skew tolerated on item dates; a date further ahead is dropped, not trusted. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private final HtmlArticleExtractor html;
    private final Clock clock;

    public FeedParser(HtmlArticleExtractor html, Clock clock) {
        this.html = html;
        this.clock = clock;
    }

    /** One item: a stable id within its feed (guid, Atom id, else link) and its article. */
    public record Item(String id, Article article) {
    }

    /** The feed's own title (may be null) and its items in document order. */
    public record Parsed(String title, List<Item> items) {
    }

    /** The document is not a feed ROME can read. */
    public static final class MalformedFeedException extends Exception {
        public MalformedFeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param contentType the Content-Type the server sent (its charset is honoured), or null
     * @param source      the articles' source, or null for the feed's own title
     */
    public Parsed parse(byte[] document, String contentType, String source) throws MalformedFeedException {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(contentType == null
                    ? new XmlReader(new ByteArrayInputStream(document))
                    : new XmlReader(new ByteArrayInputStream(document), contentType));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new MalformedFeedException("not a valid RSS or Atom feed: " + e.getMessage(), e);
        }
        String feedTitle = blankToNull(feed.getTitle());
        String articleSource = source != null ? source : feedTitle;
        List<Item> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(new Item(idOf(entry), article(entry, articleSource)));
        }
        return new Parsed(feedTitle, items);
    }

    private Article article(SyndEntry entry, String source) {
        SyndContent body = entry.getContents().stream()
                .filter(c -> c.getValue() != null && !c.getValue().isBlank())
                .findFirst()
                .orElse(entry.getDescription());
        String text = body == null ? null : text(body);
        return new Article(null, blankToNull(entry.getLink()), source, title(entry), publishedAt(entry), null,
                text, null);
    }

    private String text(SyndContent content) {
        String value = content.getValue();
        if (value == null) {
            return null;
        }
        String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
        // Atom "text" (and text/plain) is literal: "<" there is a character, not a tag.
        if (type.equals("text") || type.equals("text/plain")) {
            return value;
        }
        return html.extract(value).text().strip();
    }

    private String title(SyndEntry entry) {
        String title = blankToNull(entry.getTitle());
        String type = entry.getTitleEx() == null || entry.getTitleEx().getType() == null ? ""
                : entry.getTitleEx().getType().toLowerCase(Locale.ROOT);
        // Atom titles may be HTML; RSS titles should be plain but some carry tags anyway.
        boolean markup = type.contains("html") || (title != null && title.indexOf('<') >= 0);
        return title == null || !markup ? title : blankToNull(Jsoup.parse(title).text());
    }

    private Instant publishedAt(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date == null) {
            return null;
        }
        Instant at = date.toInstant();
        return at.isAfter(clock.instant().plus(FUTURE_TOLERANCE)) ? null : at;
    }

    /** The guid or Atom id (ROME's uri), else the link, else a hash of title and text. */
    private static String idOf(SyndEntry entry) {
        String id = blankToNull(entry.getUri());
        if (id == null) {
            id = blankToNull(entry.getLink());
        }
        if (id == null) {
            String content = entry.getTitle() + "\n" + (entry.getDescription() == null ? "" : entry.getDescription().getValue());
            try {
                id = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(content.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return id.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
