package io.allywatch.ingest.domain;

import io.allywatch.contract.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article inside an HTML page: scripts, navigation, asides, forms and footers dropped; one
 * line per block so headlines and paragraphs stay separate sentences; title and publication date
 * from the page's own metadata where it has them.
 */
public class HtmlArticleExtractor {
    private static final String NOISE = "script, style, noscript, nav, header nav, footer, aside, form, iframe, svg, "
            + "[role=navigation], [role=complementary], .comments, #comments, .related, .newsletter, .subscribe";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td";

    /**
     * @param charset the charset the sender declared, or null to let jsoup sniff it (byte-order
     *                mark, then {@code <meta charset>}, else UTF-8)
     */
    public Article extract(byte[] html, String charset) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), charset, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return extract(doc);
    }

    public Article extract(String html) {
        return extract(Jsoup.parse(html));
    }

    private Article extract(Document doc) {
        String title = firstContent(doc, "meta[property=og:title]", "meta[name=title]");
        if (title == null && !doc.title().isBlank()) {
            title = doc.title().strip();
        }
        Instant publishedAt = publishedAt(doc);
        doc.select(NOISE).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        StringBuilder text = new StringBuilder();
        for (Element block : root.select(BLOCKS)) {
            // Nested blocks (a <p> inside an <li>) would otherwise be read twice.
            if (block.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
                continue;
            }
            String line = block.text().strip();
            if (!line.isEmpty()) {
                text.append(line).append('\n');
            }
        }
        if (text.isEmpty()) {
            text.append(root.text());
        }
        return new Article(null, firstContent(doc, "link[rel=canonical]", null), null, title, publishedAt, null,
                text.toString(), null);
    }

    private static Instant publishedAt(Document doc) {
        String value = firstContent(doc, "meta[property=article:published_time]", "meta[itemprop=datePublished]");
        if (value == null) {
            Element time = doc.selectFirst("time[datetime]");
            value = time == null ? null : time.attr("datetime");
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ArticleNormalizer.parseInstant(value.strip());
        } catch (RuntimeException unparseable) {
            return null; // page metadata is a hint, not something the sender chose: ignore bad values
        }
    }

    private static String firstContent(Document doc, String selector, String fallbackSelector) {
        for (String s : new String[] {selector, fallbackSelector}) {
            if (s == null) {
                continue;
            }
            Element e = doc.selectFirst(s);
            if (e != null) {
                String v = e.hasAttr("content") ? e.attr("content") : e.attr("href");
                if (!v.isBlank()) {
                    return v.strip();
                }
            }
        }
        return null;
    }
}
