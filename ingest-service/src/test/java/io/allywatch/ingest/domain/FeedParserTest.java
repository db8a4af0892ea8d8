package io.allywatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.allywatch.contract.Article;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final FeedParser parser = new FeedParser(new HtmlArticleExtractor(), Clock.fixed(NOW, ZoneOffset.UTC));

    private FeedParser.Parsed parse(String xml) throws Exception {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml; charset=UTF-8", null);
    }

    @Test
    void rssItemsKeepGuidLinkTitleDateAndCleanedText() throws Exception {
        FeedParser.Parsed feed = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                <title>Wire</title><link>https://example.org/</link><description>d</description>
                <item><title>Peru named</title><link>https://example.org/peru</link>
                  <guid isPermaLink="false">peru-1</guid>
                  <pubDate>Fri, 12 Dec 2025 08:00:00 GMT</pubDate>
                  <description>&lt;p&gt;Short.&lt;/p&gt;</description>
                  <content:encoded><![CDATA[<p>The US intends to designate Peru.</p><script>x()</script><p>More.</p>]]></content:encoded>
                </item>
                <item><title>No guid</title><link>https://example.org/two</link>
                  <description>&lt;p&gt;Only a &lt;b&gt;description&lt;/b&gt;.&lt;/p&gt;</description></item>
                </channel></rss>""");
        assertThat(feed.title()).isEqualTo("Wire");
        assertThat(feed.items()).hasSize(2);
        FeedParser.Item first = feed.items().get(0);
        assertThat(first.id()).isEqualTo("peru-1");
        Article a = first.article();
        assertThat(a.title()).isEqualTo("Peru named");
        assertThat(a.url()).isEqualTo("https://example.org/peru");
        assertThat(a.source()).isEqualTo("Wire");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-12-12T08:00:00Z"));
        assertThat(a.text()).isEqualTo("The US intends to designate Peru.\nMore.");
        FeedParser.Item second = feed.items().get(1);
        assertThat(second.id()).isEqualTo("https://example.org/two");
        assertThat(second.article().text()).isEqualTo("Only a description.");
    }

    @Test
    void atomEntriesUseContentThenSummaryAndKeepPlainTextLiteral() throws Exception {
        FeedParser.Parsed feed = parser.parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:feed</id>
                <updated>2025-12-12T08:00:00Z</updated>
                <entry><title type="html">Chile &lt;b&gt;named&lt;/b&gt; &amp;amp; allied</title><id>urn:entry:1</id>
                  <link href="https://example.org/chile"/><updated>2025-12-11T08:00:00Z</updated>
                  <content type="html">&lt;p&gt;Chile gained the status.&lt;/p&gt;</content></entry>
                <entry><title>Plain</title><id>urn:entry:2</id><updated>2025-12-10T08:00:00Z</updated>
                  <summary type="text">Aid of 5 &lt; 6 million.</summary></entry>
                </feed>""".getBytes(StandardCharsets.UTF_8), "application/atom+xml", "Configured");
        assertThat(feed.items()).extracting(FeedParser.Item::id).containsExactly("urn:entry:1", "urn:entry:2");
        Article chile = feed.items().get(0).article();
        assertThat(chile.title()).isEqualTo("Chile named & allied");
        assertThat(chile.text()).isEqualTo("Chile gained the status.");
        assertThat(chile.source()).isEqualTo("Configured");
        assertThat(chile.publishedAt()).isEqualTo(Instant.parse("2025-12-11T08:00:00Z"));
        assertThat(feed.items().get(1).article().text()).isEqualTo("Aid of 5 < 6 million.");
    }

    @Test
    void aDateInTheFutureOrUnparseableIsDroppedNotTrusted() throws Exception {
        FeedParser.Parsed feed = parse("""
                <rss version="2.0"><channel><title>t</title><link>https://e.org/</link><description>d</description>
                <item><guid>future</guid><pubDate>Mon, 01 Jan 2035 00:00:00 GMT</pubDate><description>x</description></item>
                <item><guid>garbage</guid><pubDate>last tuesday-ish</pubDate><description>y</description></item>
                </channel></rss>""");
        assertThat(feed.items()).extracting(i -> i.article().publishedAt()).containsExactly(null, null);
    }

    @Test
    void malformedXmlAndNonFeedsAreRefused() {
        assertThatThrownBy(() -> parse("<rss version=\"2.0\"><channel><item>"))
                .isInstanceOf(FeedParser.MalformedFeedException.class);
        assertThatThrownBy(() -> parse("<html><body>not a feed</body></html>"))
                .isInstanceOf(FeedParser.MalformedFeedException.class)
                .hasMessageContaining("not a valid RSS or Atom feed");
    }

    @Test
    void doctypesAreRefusedSoNoExternalEntityIsRead() {
        assertThatThrownBy(() -> parse("""
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&x;</title></channel></rss>"""))
                .isInstanceOf(FeedParser.MalformedFeedException.class);
    }
}
