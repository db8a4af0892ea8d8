package io.allywatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In production every Kafka client speaks SASL_SSL with SCRAM-SHA-512: the broker's listeners are all
 * TLS with SCRAM, each service uses its own KafkaUser's Secret, reaches a TLS port and trusts the
 * cluster CA Strimzi keeps in {@code allywatch-cluster-ca-cert}; KEDA's scaler does the same.
 */
class KafkaTlsTest {
    private static final String CLUSTER_CA = "allywatch-cluster-ca-cert";

    static List<String> services() {
        return ManifestsAgreeWithServicesTest.SERVICES;
    }

    private static Set<String> tlsPorts(List<JsonNode> objects) {
        JsonNode listeners = Manifests.named(objects, "Kafka", "allywatch").at("/spec/kafka/listeners");
        assertThat(listeners).isNotEmpty();
        Set<String> ports = new TreeSet<>();
        for (JsonNode listener : listeners) {
            assertThat(listener.path("tls").asBoolean()).as("listener %s is TLS", listener.path("name")).isTrue();
            assertThat(listener.at("/authentication/type").asText()).as("listener %s", listener.path("name"))
                    .isEqualTo("scram-sha-512");
            ports.add(listener.path("port").asText());
        }
        return ports;
    }

    private static String port(String bootstrap) {
        return bootstrap.substring(bootstrap.lastIndexOf(':') + 1);
    }

    @ParameterizedTest
    @MethodSource("services")
    void eachServiceSpeaksSaslSslWithItsOwnUserAndTrustsTheClusterCa(String service) {
        List<JsonNode> objects = Manifests.render("production");
        Set<String> tlsPorts = tlsPorts(objects);
        JsonNode deployment = Manifests.named(objects, "Deployment", service);
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        Map<String, String> env = ManifestsAgreeWithServicesTest.containerEnv(objects, container);

        assertThat(env).containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL").containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                .containsEntry("KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
        for (String server : env.get("KAFKA_BOOTSTRAP_SERVERS").split(",")) {
            assertThat(tlsPorts).as("%s's bootstrap %s on a TLS listener", service, server).contains(port(server));
        }
        assertThat(env.get("KAFKA_SASL_JAAS_CONFIG")).as("JAAS config from the KafkaUser's Secret")
                .contains("\"name\":\"" + service + "\"").contains("sasl.jaas.config");
        JsonNode user = Manifests.named(objects, "KafkaUser", service);
        assertThat(user.at("/spec/authentication/type").asText()).isEqualTo("scram-sha-512");

        // The truststore file is the cluster CA, mounted from Strimzi's Secret.
        String truststore = env.get("KAFKA_SSL_TRUSTSTORE_LOCATION");
        String dir = truststore.substring(0, truststore.lastIndexOf('/'));
        String file = truststore.substring(truststore.lastIndexOf('/') + 1);
        String volume = null;
        for (JsonNode mount : container.path("volumeMounts")) {
            if (dir.equals(mount.path("mountPath").asText())) {
                volume = mount.path("name").asText();
            }
        }
        assertThat(volume).as("a mount at %s", dir).isNotNull();
        JsonNode secret = null;
        for (JsonNode v : deployment.at("/spec/template/spec/volumes")) {
            if (volume.equals(v.path("name").asText())) {
                secret = v.path("secret");
            }
        }
        assertThat(secret.path("secretName").asText()).isEqualTo(CLUSTER_CA);
        List<String> paths = new ArrayList<>();
        secret.path("items").forEach(i -> paths.add(i.path("key").asText() + "->" + i.path("path").asText()));
        assertThat(paths).contains("ca.crt->" + file);

        // The service reads each of these variables into its Kafka client's configuration.
        String properties = Manifests.read(Manifests.REPO.resolve(service).resolve("src/main/resources/application.properties"));
        assertThat(properties).contains("kafka.security.protocol=${KAFKA_SECURITY_PROTOCOL:", "kafka.sasl.mechanism=${KAFKA_SASL_MECHANISM:",
                "kafka.sasl.jaas.config=${KAFKA_SASL_JAAS_CONFIG:", "kafka.ssl.truststore.type=${KAFKA_SSL_TRUSTSTORE_TYPE:",
                "kafka.ssl.truststore.location=${KAFKA_SSL_TRUSTSTORE_LOCATION:", "kafka.bootstrap.servers=${KAFKA_BOOTSTRAP_SERVERS:");
    }

    @Test
    void kedaReachesTheTlsListenerAndTrustsTheClusterCa() {
        List<JsonNode> objects = Manifests.render("production");
        Set<String> tlsPorts = tlsPorts(objects);
        for (JsonNode scaled : Manifests.ofKind(objects, "ScaledObject")) {
            for (JsonNode trigger : scaled.at("/spec/triggers")) {
                if ("kafka".equals(trigger.path("type").asText())) {
                    assertThat(tlsPorts).as("%s trigger on %s", Manifests.describe(scaled), trigger.at("/metadata/topic"))
                            .contains(port(trigger.at("/metadata/bootstrapServers").asText()));
                }
            }
        }
        JsonNode auth = Manifests.named(objects, "TriggerAuthentication", "keda-kafka").path("spec");
        String tlsMap = null;
        for (JsonNode ref : auth.path("configMapTargetRef")) {
            if ("tls".equals(ref.path("parameter").asText())) {
                tlsMap = ref.path("name").asText() + "/" + ref.path("key").asText();
            }
        }
        assertThat(tlsMap).isEqualTo("keda-kafka/tls");
        assertThat(Manifests.named(objects, "ConfigMap", "keda-kafka").at("/data/tls").asText()).isEqualTo("enable");
        List<String> secrets = new ArrayList<>();
        auth.path("secretTargetRef").forEach(r -> secrets.add(r.path("parameter").asText() + "=" + r.path("name").asText()
                + "/" + r.path("key").asText()));
        assertThat(secrets).contains("ca=" + CLUSTER_CA + "/ca.crt");
    }
}
