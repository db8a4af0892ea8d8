package io.allywatch.extract.articles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Article;
import io.allywatch.contract.EventSchemas;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads an {@code articles.raw} record value into an Article, or says why it cannot: the reason
 * travels to {@code articles.dlq} with the untouched record.
 */
public class ArticleRecordReader {
    private final ObjectMapper json;

    public ArticleRecordReader(ObjectMapper json) {
        this.json = json;
    }

    public Article read(byte[] value) {
        if (value == null || value.length == 0) {
            throw new UnreadableArticle("record has no value (tombstone or empty)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableArticle("value is not UTF-8");
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UnreadableArticle("value is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new UnreadableArticle("value is not a JSON object");
        }
        List<String> errors = EventSchemas.validateArticle(node);
        if (!errors.isEmpty()) {
            throw new UnreadableArticle("value is not an Article v1: " + String.join("; ", errors));
        }
        try {
            return json.treeToValue(node, Article.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableArticle("value is not an Article v1: " + e.getOriginalMessage());
        }
    }

    /** The record cannot be read as an Article; the message is the dead-letter reason. */
    public static class UnreadableArticle extends RuntimeException {
        public UnreadableArticle(String reason) {
            super(reason, null, false, false);
        }
    }
}
