package io.allywatch.query.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.Topics;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.kafka.TopicReader;
import io.allywatch.kafka.TopicWriter;
import io.allywatch.query.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A v1 reader among newer producers: a v1 event with fields it does not know is projected as v1;
 * a record of a type it does not know (a v2) is skipped and counted, neither dead-lettered nor a
 * crash, and what follows it is projected.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class SchemaEvolutionIT {
    private static final String V2 = "io.allywatch.designation.v2";

    @Test
    void fieldsAddedByANewerProducerAreIgnoredAndAnUnknownTypeIsSkippedAndCounted() throws Exception {
        String run = UUID.randomUUID().toString();
        DesignationEvent withMore = TestEvents.designation("KEN", DesignationStage.DESIGNATED, "newer " + run, null, false,
                "Kenya was designated a major non-NATO ally.");
        ObjectNode json = ContractJson.mapper().valueToTree(withMore);
        json.put("certainty", "high"); // a field a later contract version added
        json.putObject("provenance").put("model", "x");
        TopicWriter.send(KafkaBrokerTestResource.bootstrapServers(), Topics.EVENTS_ALLIANCE, withMore.eventId(),
                ContractJson.mapper().writeValueAsBytes(json), Map.of("ce_type", withMore.type().ceType()));

        String v2Key = "v2-" + run;
        double skippedBefore = skipped();
        TopicWriter.send(KafkaBrokerTestResource.bootstrapServers(), Topics.EVENTS_ALLIANCE, v2Key,
                ("{\"schema\":2,\"claims\":[{\"country\":\"KEN\"}],\"run\":\"" + run + "\"}").getBytes(StandardCharsets.UTF_8),
                Map.of("ce_type", V2));
        // the marker after it: once it is projected, the v2 record before it on the same partition has been seen
        DesignationEvent marker = TestEvents.designation("KEN", DesignationStage.INTENDED, "marker " + run, null, false,
                "Kenya will be designated a major non-NATO ally.");
        TopicWriter.send(KafkaBrokerTestResource.bootstrapServers(), Topics.EVENTS_ALLIANCE, v2Key,
                ContractJson.mapper().writeValueAsBytes(marker), Map.of("ce_type", marker.type().ceType()));

        TestEvents.awaitMentions(withMore.eventId(), 1);
        given().get("/api/events/" + withMore.eventId()).then().statusCode(200).body("event.country", equalTo("KEN"));
        TestEvents.awaitMentions(marker.eventId(), 1);
        assertThat(skipped() - skippedBefore).isEqualTo(1.0);
        assertThat(TopicReader.readAll(KafkaBrokerTestResource.bootstrapServers(), Topics.EVENTS_DLQ, Duration.ofSeconds(1)))
                .noneSatisfy(r -> assertThat(r.key()).isEqualTo(v2Key));
    }

    private static double skipped() {
        return given().get("/q/metrics").asString().lines()
                .filter(line -> line.startsWith("allywatch_records_skipped_total") && line.contains("type=\"" + V2 + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
