package io.allywatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the issue and STYLE ask of the manifests beyond their schemas. */
class OperatorPolicyTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void kafkaTopicsBelongToTheClusterAndReplicateToEveryBroker(String overlay) {
        List<JsonNode> objects = Manifests.render(overlay);
        String cluster = Manifests.ofKind(objects, "Kafka").get(0).at("/metadata/name").asText();
        int brokers = Manifests.ofKind(objects, "KafkaNodePool").stream()
                .filter(p -> p.at("/spec/roles").toString().contains("broker"))
                .mapToInt(p -> p.at("/spec/replicas").asInt()).sum();
        for (String kind : List.of("KafkaTopic", "KafkaUser", "KafkaNodePool")) {
            // The operators silently ignore a resource without this label.
            assertThat(Manifests.ofKind(objects, kind)).allSatisfy(o ->
                    assertThat(o.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo(cluster));
        }
        for (JsonNode topic : Manifests.ofKind(objects, "KafkaTopic")) {
            int replicas = topic.at("/spec/replicas").asInt();
            int minIsr = topic.at("/spec/config/min.insync.replicas").asInt();
            assertThat(replicas).as(Manifests.describe(topic)).isEqualTo(Math.min(brokers, 3));
            assertThat(minIsr).as(Manifests.describe(topic)).isEqualTo(replicas == 1 ? 1 : replicas - 1);
        }
        JsonNode config = Manifests.ofKind(objects, "Kafka").get(0).at("/spec/kafka/config");
        assertThat(config.path("offsets.topic.replication.factor").asInt()).isEqualTo(Math.min(brokers, 3));
        assertThat(config.path("auto.create.topics.enable").asBoolean(true)).isFalse();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void servicesRunAsNonRootOnAReadOnlyFilesystemWithMeasuredMemory(String overlay) {
        for (JsonNode deployment : Manifests.ofKind(Manifests.render(overlay), "Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
            for (JsonNode c : pod.path("containers")) {
                assertThat(c.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
                assertThat(c.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
                assertThat(c.at("/securityContext/capabilities/drop").toString()).contains("ALL");
                assertThat(c.at("/resources/requests/memory").isMissingNode()).isFalse();
                assertThat(c.at("/resources/limits/memory").isMissingNode()).isFalse();
            }
        }
    }

    @Test
    void localRunsOneOfEverything() {
        List<JsonNode> objects = Manifests.render("local");
        assertThat(Manifests.ofKind(objects, "Deployment")).allSatisfy(d -> assertThat(d.at("/spec/replicas").asInt()).isEqualTo(1));
        assertThat(Manifests.ofKind(objects, "KafkaNodePool")).allSatisfy(p -> assertThat(p.at("/spec/replicas").asInt()).isEqualTo(1));
        assertThat(Manifests.ofKind(objects, "Cluster")).allSatisfy(c -> assertThat(c.at("/spec/instances").asInt()).isEqualTo(1));
        assertThat(Manifests.ofKind(objects, "ScaledObject")).allSatisfy(s -> assertThat(s.at("/spec/maxReplicaCount").asInt()).isEqualTo(1));
    }

    @Test
    void productionSpreadsReplicasAndBudgetsDisruptions() {
        List<JsonNode> objects = Manifests.render("production");
        List<JsonNode> budgets = Manifests.ofKind(objects, "PodDisruptionBudget");
        for (JsonNode deployment : Manifests.ofKind(objects, "Deployment")) {
            JsonNode labels = deployment.at("/spec/selector/matchLabels");
            assertThat(deployment.at("/spec/replicas").asInt()).as(Manifests.describe(deployment)).isGreaterThanOrEqualTo(2);
            assertThat(budgets).as("a PDB for " + Manifests.describe(deployment))
                    .anySatisfy(b -> assertThat(b.at("/spec/selector/matchLabels")).isEqualTo(labels));
            JsonNode term = deployment.at("/spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/0");
            assertThat(term.at("/topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
            assertThat(term.at("/labelSelector/matchLabels")).isEqualTo(labels);
        }
        assertThat(Manifests.ofKind(objects, "KafkaNodePool").get(0).at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(Manifests.ofKind(objects, "Cluster").get(0).at("/spec/instances").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void dashboardAndAlertsQueryMetricsTheServicesRegister() throws IOException {
        String dashboard = Manifests.read(Manifests.DEPLOY.resolve("base/grafana/allywatch.json"));
        assertThat(Manifests.JSON.readTree(dashboard).path("panels")).hasSizeGreaterThanOrEqualTo(6);
        String alerts = Manifests.read(Manifests.DEPLOY.resolve("base/monitoring/alerts.yaml"));
        String sources;
        // the services and the module whose meters they share (dead letters)
        try (Stream<Path> files = Stream.of("ingest-service", "extract-service", "query-service", "messaging-common")
                .flatMap(s -> walk(Manifests.REPO.resolve(s).resolve("src/main/java")))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Manifests::read).collect(Collectors.joining("\n"));
        }
        Matcher m = Pattern.compile("allywatch_([a-z_]+?)(_total|_seconds_sum|_seconds_count|_seconds_max)?\\b").matcher(dashboard + alerts);
        int checked = 0;
        while (m.find()) {
            String meter = "\"allywatch." + m.group(1).replace('_', '.') + "\"";
            assertThat(sources).as("a service registers %s", meter).contains(meter);
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
