package io.allywatch.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContractJsonTest {
    private final ObjectMapper json = ContractJson.mapper();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void goldenExampleRoundTripsWithoutLosingAField(EventType type) throws Exception {
        JsonNode original = json.readTree(GoldenExamples.eventJson(type));

        Event event = json.readValue(GoldenExamples.eventJson(type), Event.class);
        JsonNode written = json.readTree(json.writeValueAsString(event));

        assertThat(event.type()).isEqualTo(type);
        assertThat(written).isEqualTo(original);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void goldenExampleIsValidAgainstItsSchema(EventType type) throws Exception {
        assertThat(EventSchemas.validateEvent(json.readTree(GoldenExamples.eventJson(type)))).isEmpty();
    }

    @Test
    void articleRoundTripsAndValidates() throws Exception {
        JsonNode original = json.readTree(GoldenExamples.articleJson());
        Article article = json.treeToValue(original, Article.class);

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-12-12T00:00:00Z"));
        assertThat(json.readTree(json.writeValueAsString(article))).isEqualTo(original);
        assertThat(EventSchemas.validateArticle(original)).isEmpty();
    }

    @Test
    void eventJsonIsFlatWithTypeSpecificFieldsBesideCommonOnes() {
        Event event = sampleDesignation();
        JsonNode node = json.valueToTree(event);

        assertThat(node.get("type").asText()).isEqualTo("DESIGNATION");
        assertThat(node.get("country").asText()).isEqualTo("PER");
        assertThat(node.get("stage").asText()).isEqualTo("INTENDED");
        assertThat(node.get("evidence").get("lang").asText()).isEqualTo("en");
        assertThat(node.has("date")).as("null fields are written, not dropped").isTrue();
        assertThat(EventSchemas.validateEvent(event)).isEmpty();
    }

    @Test
    void schemaRejectsAnEventMissingItsEvidence() {
        ObjectNode node = json.valueToTree(sampleDesignation());
        node.remove("evidence");
        assertThat(EventSchemas.validateEvent(node)).anySatisfy(m -> assertThat(m).contains("evidence"));
    }

    @Test
    void schemaRejectsAWrongCountryCodeAndStage() {
        ObjectNode node = json.valueToTree(sampleDesignation());
        node.put("country", "Peru");
        node.put("stage", "MAYBE");
        assertThat(EventSchemas.validateEvent(node)).hasSize(2);
    }

    @Test
    void schemaRejectsAnUnknownType() {
        ObjectNode node = json.valueToTree(sampleDesignation());
        node.put("type", "GOSSIP");
        assertThat(EventSchemas.validateEvent(node)).containsExactly("$.type: must be one of DESIGNATION, AID, COOPERATION");
    }

    @Test
    void aidAmountsKeepTheirPrecision() throws Exception {
        AidEvent aid = json.readValue(GoldenExamples.eventJson(EventType.AID), AidEvent.class);
        assertThat(aid.amount()).isEqualByComparingTo(new BigDecimal("84000000"));
        assertThat(aid.status()).isEqualTo(AidEvent.AidStatus.ACTUAL);
    }

    @Test
    void cooperationActorsAreSorted() {
        CooperationEvent event = new CooperationEvent("e", "m", null, "a", null, Instant.EPOCH, "1", 0.5,
                new Evidence("s", 0, 1, "en"), List.of("USA", "PER"), CooperationEvent.CooperationKind.MEETING, null);
        assertThat(event.actors()).containsExactly("PER", "USA");
    }

    @Test
    void aRecordRefusesAMismatchedType() {
        assertThatThrownBy(() -> new DesignationEvent("e", "m", EventType.AID, "a", null, Instant.EPOCH, "1", 0.5,
                new Evidence("s", 0, 1, "en"), "PER", "MNNA", DesignationStage.INTENDED, false, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void articleIdsIgnoreWhitespaceAndUnicodeFormButNotWords() {
        String composed = "Per\u00fa  intends\n to designate";
        String decomposed = " Peru\u0301 intends to designate ";
        assertThat(ArticleIds.forText(composed)).isEqualTo(ArticleIds.forText(decomposed));
        assertThat(ArticleIds.forText(composed)).isNotEqualTo(ArticleIds.forText("Peru intends to designate"));
        assertThat(ArticleIds.forText(composed)).matches("a-[0-9a-f]{24}");
    }

    static DesignationEvent sampleDesignation() {
        return new DesignationEvent("e-1", "m-1", EventType.DESIGNATION, "a-1", null, Instant.parse("2026-11-23T10:00:00Z"),
                "1.0.0", 0.9, new Evidence("Peru is designated.", 0, 19, "en"), "PER", "MNNA",
                DesignationStage.INTENDED, false, null);
    }
}
