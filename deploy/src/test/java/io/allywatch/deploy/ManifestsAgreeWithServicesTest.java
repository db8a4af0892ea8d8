package io.allywatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests and the services must agree: ports, probe paths, topics, consumer groups, Kafka
 * ACLs and the environment variables each service reads, taken from each service's own
 * application.properties and pom.xml, never from a copy.
 */
class ManifestsAgreeWithServicesTest {

    static final List<String> SERVICES = List.of("ingest-service", "extract-service", "query-service");
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.(topic|topics|dead-letter-queue\\.topic|group\\.id)");
    // Read by the container image (run-java.sh), not by the application's configuration.
    private static final Set<String> IMAGE_ENV = Set.of("JAVA_OPTS_APPEND");

    static Stream<Arguments> cases() {
        return Manifests.OVERLAYS.stream().flatMap(o -> SERVICES.stream().map(s -> Arguments.of(o, s)));
    }

    /** What one service's configuration says, for the profiles a cluster runs (no %dev, %test). */
    record Service(String name, Properties props, String pom) {
        static Service load(String name) {
            Properties props = new Properties();
            try {
                props.load(new StringReader(Manifests.read(Manifests.REPO.resolve(name).resolve("src/main/resources/application.properties"))));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return new Service(name, props, Manifests.read(Manifests.REPO.resolve(name).resolve("pom.xml")));
        }

        boolean clusterProfile(String key) {
            return !key.startsWith("%") || key.startsWith("%postgres.") || key.startsWith("%prod.");
        }

        Map<String, String> envRefs() {
            Map<String, String> refs = new HashMap<>();
            props.forEach((k, v) -> {
                if (clusterProfile((String) k)) {
                    Matcher m = ENV_REF.matcher((String) v);
                    while (m.find()) {
                        refs.put(m.group(1), m.group(2) == null ? null : m.group(2).substring(1));
                    }
                }
            });
            return refs;
        }

        Set<String> topics(String direction) {
            Set<String> topics = new TreeSet<>();
            props.forEach((k, v) -> {
                Matcher m = CHANNEL.matcher((String) k);
                if (m.matches() && m.group(1).equals(direction) && m.group(3).startsWith("topic")) {
                    topics.addAll(List.of(((String) v).split("\\s*,\\s*")));
                }
            });
            return topics;
        }

        Set<String> deadLetterTopics() {
            Set<String> topics = new TreeSet<>();
            props.forEach((k, v) -> {
                Matcher m = CHANNEL.matcher((String) k);
                if (m.matches() && m.group(3).equals("dead-letter-queue.topic")) {
                    topics.add((String) v);
                }
            });
            return topics;
        }

        Set<String> groups() {
            Set<String> groups = new TreeSet<>();
            props.forEach((k, v) -> {
                Matcher m = CHANNEL.matcher((String) k);
                if (m.matches() && m.group(3).equals("group.id")) {
                    groups.add((String) v);
                }
            });
            return groups;
        }

        boolean usesPostgresProfile() {
            return "postgresql".equals(props.getProperty("%postgres.quarkus.datasource.db-kind"));
        }

        boolean hasExtension(String artifact) {
            return pom.contains("<artifactId>" + artifact + "</artifactId>");
        }
    }

    /** The variables a container gets: its env entries and every key of its envFrom ConfigMaps. */
    static Map<String, String> containerEnv(List<JsonNode> objects, JsonNode container) {
        Map<String, String> env = new HashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String name = from.path("configMapRef").path("name").asText();
            JsonNode map = Manifests.named(objects, "ConfigMap", name);
            map.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        for (JsonNode e : container.path("env")) {
            env.put(e.path("name").asText(), e.has("value") ? e.path("value").asText() : "<from " + e.path("valueFrom") + ">");
        }
        return env;
    }

    private static JsonNode container(List<JsonNode> objects, String service) {
        JsonNode containers = Manifests.named(objects, "Deployment", service).at("/spec/template/spec/containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void portsAndProbesAreTheOnesTheServiceServes(String overlay, String name) {
        List<JsonNode> objects = Manifests.render(overlay);
        Service service = Service.load(name);
        JsonNode container = container(objects, name);
        Map<String, String> env = containerEnv(objects, container);

        Matcher port = ENV_REF.matcher(service.props().getProperty("quarkus.http.port"));
        assertThat(port.matches()).as("quarkus.http.port of %s is ${VAR:default}", name).isTrue();
        int served = Integer.parseInt(env.getOrDefault(port.group(1), port.group(2).substring(1)));
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(served);

        JsonNode svc = Manifests.named(objects, "Service", name);
        assertThat(svc.at("/spec/ports/0/port").asInt()).isEqualTo(served);
        assertThat(svc.at("/spec/ports/0/targetPort").asText()).isEqualTo(container.at("/ports/0/name").asText());
        assertThat(svc.at("/spec/selector")).isEqualTo(Manifests.named(objects, "Deployment", name).at("/spec/selector/matchLabels"));

        // Paths are SmallRye Health's and Micrometer's defaults unless the service moves them.
        assertThat(service.hasExtension("quarkus-smallrye-health")).isTrue();
        assertThat(service.props().stringPropertyNames()).noneMatch(k -> k.contains("non-application-root-path")
                || k.contains("smallrye-health.root-path") || k.contains("micrometer.export.prometheus.path"));
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/port").asText()).isEqualTo("http");
        }

        assertThat(service.hasExtension("quarkus-micrometer-registry-prometheus")).isTrue();
        JsonNode monitor = Manifests.named(objects, "ServiceMonitor", name);
        assertThat(monitor.at("/spec/endpoints/0/path").asText()).isEqualTo("/q/metrics");
        assertThat(monitor.at("/spec/endpoints/0/port").asText()).isEqualTo(svc.at("/spec/ports/0/name").asText());
        monitor.at("/spec/selector/matchLabels").fields().forEachRemaining(l ->
                assertThat(svc.at("/metadata/labels").path(l.getKey()).asText()).as("Service label " + l.getKey()).isEqualTo(l.getValue().asText()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theContainerSetsWhatTheServiceReadsAndNothingItDoesNot(String overlay, String name) {
        List<JsonNode> objects = Manifests.render(overlay);
        Service service = Service.load(name);
        Map<String, String> env = containerEnv(objects, container(objects, name));
        Map<String, String> reads = service.envRefs();

        // Without a default the service cannot start; the Kafka address is never the laptop's.
        Set<String> required = new HashSet<>();
        reads.forEach((var, def) -> {
            if (def == null) {
                required.add(var);
            }
        });
        required.add("KAFKA_BOOTSTRAP_SERVERS");
        if (service.props().containsKey("allywatch.api-keys")) {
            required.add("ALLYWATCH_API_KEYS");
        }
        if (service.usesPostgresProfile()) {
            required.addAll(List.of("POSTGRES_HOST", "POSTGRES_PORT", "POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD"));
            // db-kind is fixed at build time: the image is built with, and must run, the postgres profile.
            assertThat(env).containsEntry("QUARKUS_PROFILE", "postgres");
        } else {
            assertThat(env).doesNotContainKey("QUARKUS_PROFILE");
        }
        assertThat(env.keySet()).as("variables %s needs", name).containsAll(required);

        List<String> unread = new ArrayList<>();
        for (String var : env.keySet()) {
            boolean read = reads.containsKey(var) || IMAGE_ENV.contains(var)
                    || var.equals("QUARKUS_PROFILE")
                    || (var.startsWith("QUARKUS_OTEL_") && service.hasExtension("quarkus-opentelemetry"))
                    || (var.startsWith("QUARKUS_LOG_CONSOLE_JSON") && service.hasExtension("quarkus-logging-json"));
            if (!read) {
                unread.add(var);
            }
        }
        assertThat(unread).as("variables set for %s that it never reads", name).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void topicsGroupsAclsAndScalingMatchTheServiceChannels(String overlay, String name) {
        List<JsonNode> objects = Manifests.render(overlay);
        Service service = Service.load(name);
        Map<String, Integer> partitions = new HashMap<>();
        Manifests.ofKind(objects, "KafkaTopic").forEach(t -> partitions.put(t.at("/spec/topicName").asText(), t.at("/spec/partitions").asInt()));

        Set<String> reads = service.topics("incoming");
        Set<String> writes = new TreeSet<>(service.topics("outgoing"));
        writes.addAll(service.deadLetterTopics());
        assertThat(partitions.keySet()).as("KafkaTopics").containsAll(reads).containsAll(writes);

        JsonNode user = Manifests.named(objects, "KafkaUser", name);
        Set<String> aclReads = new TreeSet<>();
        Set<String> aclWrites = new TreeSet<>();
        Set<String> aclGroups = new TreeSet<>();
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            String resource = acl.at("/resource/name").asText();
            List<String> ops = new ArrayList<>();
            acl.path("operations").forEach(o -> ops.add(o.asText()));
            assertThat(acl.at("/resource/patternType").asText()).isEqualTo("literal");
            switch (acl.at("/resource/type").asText()) {
                case "topic" -> {
                    if (ops.contains("Read")) aclReads.add(resource);
                    if (ops.contains("Write")) aclWrites.add(resource);
                    assertThat(ops).isSubsetOf("Read", "Write", "Describe");
                }
                case "group" -> aclGroups.add(resource);
                default -> throw new AssertionError("unexpected ACL resource " + acl);
            }
        }
        assertThat(aclReads).as("topics %s may read", name).isEqualTo(reads);
        assertThat(aclWrites).as("topics %s may write", name).isEqualTo(writes);
        assertThat(aclGroups).as("groups of %s", name).isEqualTo(service.groups());

        List<JsonNode> scaled = Manifests.ofKind(objects, "ScaledObject").stream()
                .filter(s -> name.equals(s.at("/spec/scaleTargetRef/name").asText())).toList();
        if (reads.isEmpty()) {
            assertThat(scaled).as("%s consumes nothing, so lag cannot scale it", name).isEmpty();
            return;
        }
        assertThat(scaled).hasSize(1);
        JsonNode so = scaled.get(0);
        Set<String> scaledTopics = new TreeSet<>();
        for (JsonNode trigger : so.at("/spec/triggers")) {
            assertThat(trigger.path("type").asText()).isEqualTo("kafka");
            assertThat(service.groups()).contains(trigger.at("/metadata/consumerGroup").asText());
            String topic = trigger.at("/metadata/topic").asText();
            scaledTopics.add(topic);
            // A consumer beyond the partition count gets no partition: scaling past it is waste.
            assertThat(so.at("/spec/maxReplicaCount").asInt()).as("max replicas of %s vs partitions of %s", name, topic)
                    .isLessThanOrEqualTo(partitions.get(topic));
        }
        assertThat(scaledTopics).isEqualTo(reads);
    }
}
