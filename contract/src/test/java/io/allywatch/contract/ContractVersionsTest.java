package io.allywatch.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.AidEvent.AidScope;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract v1.1 adds optional aid fields and the extraction record; v1 readers and records keep working both ways. */
class ContractVersionsTest {
    private final ObjectMapper json = ContractJson.mapper();

    @Test
    void aV10AidRecordStillReadsWithTheNewFieldsEmptyAndStillValidates() throws Exception {
        AidEvent aid = (AidEvent) json.readValue(GoldenExamples.aidV10Json(), Event.class);

        assertThat(aid.amount()).isEqualByComparingTo("84000000");
        assertThat(aid.scope()).isNull();
        assertThat(aid.partOf()).isNull();
        assertThat(aid.cumulative()).isFalse();
        assertThat(aid.sinceYear()).isNull();
        assertThat(EventSchemas.validateEvent(json.readTree(GoldenExamples.aidV10Json()))).isEmpty();
    }

    @Test
    void aV11AidRecordCarriesScopePartAndCumulation() throws Exception {
        AidEvent aid = (AidEvent) json.readValue(GoldenExamples.eventJson(EventType.AID), Event.class);

        assertThat(aid.scope()).isEqualTo(AidScope.MILITARY_SECURITY);
        assertThat(aid.cumulative()).isFalse();
    }

    /** A consumer written against v1.0 (its own record, strict about nothing it does not know) reads a v1.1 record. */
    @Test
    void aStrictV10ConsumerIgnoringUnknownFieldsReadsV11Records() throws Exception {
        ObjectMapper v10 = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        @SuppressWarnings("unchecked")
        Map<String, Object> read = v10.readValue(GoldenExamples.eventJson(EventType.AID), Map.class);

        assertThat(read).containsEntry("recipient", "PER").containsEntry("donor", "USA").containsKey("scope");
    }

    @Test
    void theSchemaRefusesAScopeThatIsNotOne() throws Exception {
        JsonNode bad = json.readTree(GoldenExamples.eventJson(EventType.AID).replace("\"MILITARY_SECURITY\"", "\"WEAPONS\""));

        assertThat(EventSchemas.validateEvent(bad)).isNotEmpty();
    }

    @Test
    void theExtractionRecordRoundTripsAndValidates() throws Exception {
        JsonNode original = json.readTree(GoldenExamples.extractionJson());
        ArticleExtraction extraction = json.treeToValue(original, ArticleExtraction.class);

        assertThat(extraction.mentionIds()).hasSize(1);
        assertThat(json.readTree(json.writeValueAsString(extraction))).isEqualTo(original);
        assertThat(EventSchemas.validateExtraction(original)).isEmpty();
        assertThat(EventSchemas.validateExtraction(json.readTree("{\"articleId\":\"a\"}"))).isNotEmpty();
    }
}
