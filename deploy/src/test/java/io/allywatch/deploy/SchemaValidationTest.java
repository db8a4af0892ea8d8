package io.allywatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaValidationTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyRenderedObjectFitsItsKubernetesOrCrdSchema(String overlay) {
        List<JsonNode> objects = Manifests.render(overlay);
        assertThat(objects).hasSizeGreaterThan(30);

        List<Schemas.Verdict> verdicts = Schemas.validate(objects);

        assertThat(verdicts).hasSameSizeAs(objects);
        assertThat(verdicts).filteredOn(v -> !v.valid()).as("objects that do not fit their schema").isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyKindTheIssueAsksForIsRendered(String overlay) {
        List<JsonNode> objects = Manifests.render(overlay);
        assertThat(Manifests.ofKind(objects, "Kafka")).hasSize(1);
        assertThat(Manifests.ofKind(objects, "KafkaNodePool")).isNotEmpty();
        assertThat(Manifests.ofKind(objects, "KafkaTopic")).hasSize(6);
        assertThat(Manifests.ofKind(objects, "KafkaUser")).hasSize(4);
        assertThat(Manifests.ofKind(objects, "Cluster")).hasSize(1);
        assertThat(Manifests.ofKind(objects, "Deployment")).hasSize(3);
        assertThat(Manifests.ofKind(objects, "Service")).hasSize(3);
        assertThat(Manifests.ofKind(objects, "ServiceMonitor")).hasSize(3);
        assertThat(Manifests.ofKind(objects, "ScaledObject")).extracting(o -> o.at("/spec/scaleTargetRef/name").asText())
                .containsExactlyInAnyOrder("extract-service", "query-service");
    }

    /** deploy/jobs/reextract.yaml is applied by hand once per release, outside the overlays: checked alike. */
    @Test
    void theReextractJobFitsItsSchemaAndAsksExtractServiceWithTheKey() throws Exception {
        JsonNode job = Manifests.YAML.readTree(java.nio.file.Files.readString(java.nio.file.Path.of("jobs/reextract.yaml")));
        assertThat(Schemas.validate(List.of(job))).allMatch(Schemas.Verdict::valid);
        assertThat(job.at("/spec/template/spec/containers/0/args/0").asText()).contains("http://extract-service:8082/api/reextract");
        assertThat(job.at("/spec/template/spec/containers/0/env/0/valueFrom/secretKeyRef/name").asText()).isEqualTo("allywatch-api-keys");
    }

    // The validators must be able to say no: each case breaks one rendered object in one way.

    @Test
    void aDeploymentWithAWronglyTypedFieldIsRejected() {
        ObjectNode deployment = copy("Deployment", "ingest-service");
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0/ports/0")).put("containerPort", "eighty");
        assertRejected(deployment, "containerPort");
    }

    @Test
    void aDeploymentWithAMisspeltFieldIsRejected() {
        ObjectNode deployment = copy("Deployment", "extract-service");
        ((ObjectNode) deployment.get("spec")).set("replicass", deployment.at("/spec/replicas"));
        assertRejected(deployment, "spec.replicass");
    }

    @Test
    void aContainerWithAMisspeltProbeIsRejected() {
        ObjectNode deployment = copy("Deployment", "query-service");
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("livenesProbe", container.remove("livenessProbe"));
        assertRejected(deployment, "livenesProbe");
    }

    @Test
    void aServiceWithAMisspeltPortFieldIsRejected() {
        ObjectNode service = copy("Service", "ingest-service");
        ObjectNode port = (ObjectNode) service.at("/spec/ports/0");
        port.set("targetport", port.remove("targetPort"));
        assertRejected(service, "targetport");
    }

    @Test
    void aServiceMonitorWithoutEndpointsPortTypeIsRejected() {
        ObjectNode monitor = copy("ServiceMonitor", "query-service");
        ((ObjectNode) monitor.at("/spec/endpoints/0")).put("interval", 30);
        assertRejected(monitor, "interval");
    }

    @Test
    void aScaledObjectWithoutItsTargetIsRejected() {
        ObjectNode scaled = copy("ScaledObject", "extract-service");
        ((ObjectNode) scaled.get("spec")).remove("scaleTargetRef");
        assertRejected(scaled, "scaleTargetRef");
    }

    @Test
    void aKafkaTopicWithAMisspeltFieldIsRejected() {
        ObjectNode topic = copy("KafkaTopic", "articles.raw");
        ((ObjectNode) topic.get("spec")).put("partition", 3);
        assertRejected(topic, "partition");
    }

    @Test
    void aKafkaUserWithAnUnknownAclOperationIsRejected() {
        ObjectNode user = copy("KafkaUser", "ingest-service");
        ((ObjectNode) user.at("/spec/authorization/acls/0")).putArray("operations").add("Scribble");
        assertRejected(user, "operations");
    }

    @Test
    void aKafkaWithAnUnknownListenerTypeIsRejected() {
        ObjectNode kafka = copy("Kafka", "allywatch");
        ((ObjectNode) kafka.at("/spec/kafka/listeners/0")).put("type", "carrier-pigeon");
        assertRejected(kafka, "type");
    }

    @Test
    void aPostgresClusterWithAnUnknownUpdateStrategyIsRejected() {
        ObjectNode cluster = copy("Cluster", "allywatch-db");
        ((ObjectNode) cluster.get("spec")).put("primaryUpdateStrategy", "whenever");
        assertRejected(cluster, "primaryUpdateStrategy");
    }

    @Test
    void anObjectOfAKindWithoutASchemaIsNotTakenAsValid() throws Exception {
        JsonNode widget = Manifests.JSON.readTree(
                "{\"apiVersion\":\"kafka.strimzi.io/v1beta2\",\"kind\":\"KafkaWidget\",\"metadata\":{\"name\":\"w\"}}");
        JsonNode gadget = Manifests.JSON.readTree(
                "{\"apiVersion\":\"example.com/v1\",\"kind\":\"Gadget\",\"metadata\":{\"name\":\"g\"}}");
        assertThat(Schemas.validate(List.of(widget, gadget))).extracting(Schemas.Verdict::status)
                .containsExactly("no-schema", "no-schema");
    }

    private static ObjectNode copy(String kind, String name) {
        return Manifests.named(Manifests.render("production"), kind, name).deepCopy();
    }

    private static void assertRejected(JsonNode object, String field) {
        List<Schemas.Verdict> verdicts = Schemas.validate(List.of(object));
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo("invalid");
            assertThat(v.error()).contains(field);
        });
    }
}
