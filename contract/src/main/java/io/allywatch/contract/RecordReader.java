package io.allywatch.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a Kafka record value into a contract record (an Article, an Event), or says why it
 * cannot: strict UTF-8, then JSON, then an object, then its JSON Schema, then the Java record.
 * The reason becomes the dead-letter reason, so it names the first thing that is wrong. Each
 * consumer passes its own exception type: the dead-letter metric is labelled with its name.
 */
public final class RecordReader<T> {
    private final ObjectMapper json;
    private final Class<T> type;
    private final String description;
    private final Function<JsonNode, List<String>> schema;
    private final Function<String, ? extends RuntimeException> unreadable;

    /**
     * @param description what a valid value is, as the reasons say it ("an Article v1")
     * @param schema      the schema's errors for a node (none: valid)
     * @param unreadable  the exception for a reason
     */
    public RecordReader(ObjectMapper json, Class<T> type, String description, Function<JsonNode, List<String>> schema,
                        Function<String, ? extends RuntimeException> unreadable) {
        this.json = json;
        this.type = type;
        this.description = description;
        this.schema = schema;
        this.unreadable = unreadable;
    }

    public static RecordReader<Article> articles(ObjectMapper json, Function<String, ? extends RuntimeException> unreadable) {
        return new RecordReader<>(json, Article.class, "an Article v1", EventSchemas::validateArticle, unreadable);
    }

    public static RecordReader<Event> events(ObjectMapper json, Function<String, ? extends RuntimeException> unreadable) {
        return new RecordReader<>(json, Event.class, "an Event v1", EventSchemas::validateEvent, unreadable);
    }

    public T read(byte[] value) {
        return read(text(value));
    }

    /** The value as text: it must be UTF-8 (replacing bad bytes would change what the producer said). */
    public String text(byte[] value) {
        if (value == null || value.length == 0) {
            throw unreadable.apply("record has no value (tombstone or empty)");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            throw unreadable.apply("value is not UTF-8");
        }
    }

    public T read(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw unreadable.apply("value is not JSON: " + withoutParserInternals(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            throw unreadable.apply("value is not a JSON object");
        }
        List<String> errors = schema.apply(node);
        if (!errors.isEmpty()) {
            throw unreadable.apply("value is not " + description + ": " + String.join("; ", errors));
        }
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw unreadable.apply("value is not " + description + ": " + e.getOriginalMessage());
        }
    }

    /** Jackson's message without its "(start marker at [Source: REDACTED …; line: 1, column: 1])" part. */
    static String withoutParserInternals(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\][^)]*\\)", "")
                .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "").strip();
    }
}
