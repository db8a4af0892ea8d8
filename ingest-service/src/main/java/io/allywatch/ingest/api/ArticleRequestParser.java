package io.allywatch.ingest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Article;
import io.allywatch.http.Problem;
import io.allywatch.http.ProblemException;
import io.allywatch.ingest.domain.ArticleNormalizer;
import io.allywatch.ingest.domain.HtmlArticleExtractor;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a request body (JSON Article, plain text or HTML) into a normalized Article with its id,
 * or a 4xx problem that says exactly what is wrong. Pure logic: no I/O, no framework.
 */
public class ArticleRequestParser {
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");

    private final ObjectMapper json;
    private final HtmlArticleExtractor html;
    private final ArticleNormalizer normalizer;
    private final Clock clock;

    public ArticleRequestParser(ObjectMapper json, HtmlArticleExtractor html, int maxTextChars, Clock clock) {
        this.json = json;
        this.html = html;
        this.normalizer = new ArticleNormalizer(maxTextChars, clock);
        this.clock = clock;
    }

    public Article parse(byte[] body, MediaType mediaType) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("The request body is empty: send an article as JSON, text/plain or text/html.");
        }
        String subtype = mediaType.getType() + "/" + mediaType.getSubtype();
        Article article = switch (subtype.toLowerCase(Locale.ROOT)) {
            case MediaType.APPLICATION_JSON -> fromJson(body, mediaType);
            case MediaType.TEXT_PLAIN -> new Article(null, null, null, null, null, null,
                    decode(body, mediaType, StandardCharsets.UTF_8), null);
            case MediaType.TEXT_HTML -> fromHtml(body, mediaType);
            default -> throw new ProblemException(Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type " + subtype + " is not taken: use application/json, text/plain or text/html."), null, null);
        };
        return complete(article);
    }

    private Article fromHtml(byte[] body, MediaType mediaType) {
        Article page = html.extract(body, charsetName(mediaType));
        if (page.text() == null || page.text().isBlank()) {
            // Not "text is required": the sender did send something, it just holds no article. 400, as the contract has it for a bad body.
            throw new ProblemException(Problem.of(400, "Bad Request", "The HTML page has no article text: "
                    + "nothing was left once scripts, styles, navigation, forms, asides and footers were removed"
                    + (page.title() == null ? "" : " (page title: '" + page.title() + "')")
                    + ". Send the page that holds the article, or its text as text/plain."), null, null);
        }
        return page;
    }

    /** The article with its id and normalized text (see {@link ArticleNormalizer}). */
    public Article complete(Article article) {
        return normalizer.complete(article);
    }

    /**
     * A UTF-8 body (declared, or by default) of ASCII bytes only, as nearly every line of a batch
     * is, cannot be malformed and is parsed as it is; anything else is decoded strictly first, so
     * a wrong byte gets its own 400.
     */
    private Article fromJson(byte[] body, MediaType mediaType) {
        String declared = charsetName(mediaType);
        boolean utf8 = declared == null || declared.equals(StandardCharsets.UTF_8.name());
        JsonNode node;
        try {
            node = utf8 && isAscii(body) ? json.readTree(body) : json.readTree(decode(body, mediaType, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The body is not valid JSON: " + e.getOriginalMessage()
                    + locationOf(e) + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from an array in memory
        }
        if (node == null || !node.isObject()) {
            throw ProblemException.badRequest("Expected one JSON object (an Article), got "
                    + (node == null ? "nothing" : "a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT))
                    + ". Send a batch to /api/articles/batch instead.");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw ProblemException.badRequest("The article has no 'text' field; it is the one field required.");
        }
        if (!text.isTextual()) {
            throw ProblemException.badRequest("'text' must be a JSON string.");
        }
        return new Article(null, optionalString(node, "url"), optionalString(node, "source"),
                optionalString(node, "title"), publishedAt(node), lang(node), text.asText(), null);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String optionalString(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ProblemException.badRequest("'" + field + "' must be a JSON string or null.");
        }
        return value.asText();
    }

    private Instant publishedAt(JsonNode node) {
        String value = optionalString(node, "publishedAt");
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant at = ArticleNormalizer.parseInstant(value.strip());
        // A little clock skew is tolerated; a date days ahead is a mistake worth telling the sender.
        if (at.isAfter(clock.instant().plus(java.time.Duration.ofDays(1)))) {
            throw ProblemException.badRequest("'publishedAt' " + value + " is in the future.");
        }
        return at;
    }

    private static String lang(JsonNode node) {
        String value = optionalString(node, "lang");
        if (value == null || value.isBlank()) {
            return null;
        }
        String lang = value.strip().toLowerCase(Locale.ROOT);
        if (!LANG.matcher(lang).matches()) {
            throw ProblemException.badRequest("'lang' must be an ISO 639-1 code such as en or fr; got '" + value + "'.");
        }
        return lang;
    }

    /** Decodes strictly: bytes not valid in the charset get a 400 instead of being silently replaced. */
    private static String decode(byte[] body, MediaType mediaType, Charset fallback) {
        String declared = charsetName(mediaType);
        Charset charset = declared == null ? fallback : Charset.forName(declared);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The body is not valid " + charset.name()
                    + "; declare its real charset in Content-Type (e.g. text/plain; charset=ISO-8859-1).");
        }
    }

    /** The charset declared in Content-Type, checked to be one this JVM knows; null if none. */
    private static String charsetName(MediaType mediaType) {
        String declared = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (declared == null) {
            return null;
        }
        try {
            return Charset.forName(declared).name();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "Unknown charset '" + declared + "' in Content-Type."), null, null);
        }
    }
}
