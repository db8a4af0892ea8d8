package io.allywatch.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schemas of contract v1 (draft 2020-12), shipped as resources beside these classes so
 * that anyone can validate a record without our code: {@code schema/article.v1.schema.json},
 * {@code schema/designation.v1.schema.json}, and so on.
 */
public final class EventSchemas {
    private static final String SCHEMA_DIR = "/io/allywatch/contract/schema/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<EventType, JsonSchema> EVENT_SCHEMAS = new EnumMap<>(EventType.class);
    private static final JsonSchema ARTICLE_SCHEMA = load("article");
    private static final JsonSchema EXTRACTION_SCHEMA = load("extraction");

    static {
        for (EventType type : EventType.values()) {
            EVENT_SCHEMAS.put(type, load(type.schemaName()));
        }
    }

    private EventSchemas() {
    }

    public static String resourcePath(String name) {
        return SCHEMA_DIR + name + ".v1.schema.json";
    }

    private static JsonSchema load(String name) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(resourcePath(name))) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + resourcePath(name));
            }
            return FACTORY.getSchema(ContractJson.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validation errors of an event's JSON against the schema of its {@code type}; empty when valid. */
    public static List<String> validateEvent(JsonNode event) {
        JsonNode type = event.get("type");
        EventType eventType;
        try {
            eventType = type == null ? null : EventType.valueOf(type.asText());
        } catch (IllegalArgumentException e) {
            eventType = null;
        }
        if (eventType == null) {
            return List.of("$.type: must be one of DESIGNATION, AID, COOPERATION");
        }
        return messages(EVENT_SCHEMAS.get(eventType).validate(event));
    }

    public static List<String> validateEvent(Event event) {
        JsonNode node = ContractJson.mapper().valueToTree(event);
        return validateEvent(node);
    }

    public static List<String> validateExtraction(JsonNode extraction) {
        return messages(EXTRACTION_SCHEMA.validate(extraction));
    }

    public static List<String> validateArticle(JsonNode article) {
        return messages(ARTICLE_SCHEMA.validate(article));
    }

    private static List<String> messages(java.util.Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
