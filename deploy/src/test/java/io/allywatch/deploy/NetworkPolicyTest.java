package io.allywatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The production overlay locks each service down: reached only on the port its container serves,
 * reaching Kafka (its TLS listener), DNS and the trace collector, its database only if it has one (a datasource in its
 * application.properties), the internet only for ingest's feeds.
 */
class NetworkPolicyTest {
    static List<String> services() {
        return ManifestsAgreeWithServicesTest.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void eachServiceIsReachedOnlyOnItsPortAndReachesOnlyWhatItUses(String service) {
        List<JsonNode> objects = Manifests.render("production");
        List<JsonNode> policies = Manifests.ofKind(objects, "NetworkPolicy").stream()
                .filter(p -> service.equals(p.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText()))
                .toList();
        assertThat(policies).as("NetworkPolicies selecting %s", service).hasSize(1);
        JsonNode spec = policies.get(0).path("spec");
        assertThat(spec.path("policyTypes").toString()).contains("Ingress", "Egress");

        JsonNode container = Manifests.named(objects, "Deployment", service).at("/spec/template/spec/containers/0");
        Set<Integer> served = new TreeSet<>();
        container.path("ports").forEach(p -> served.add(p.path("containerPort").asInt()));
        Set<Integer> open = new TreeSet<>();
        spec.path("ingress").forEach(rule -> rule.path("ports").forEach(p -> open.add(p.path("port").asInt())));
        assertThat(open).as("ingress ports of %s", service).isEqualTo(served);

        List<String> egress = new ArrayList<>();
        spec.path("egress").forEach(rule -> rule.path("ports").forEach(p -> egress.add(p.path("port").asText())));
        assertThat(egress).as("egress ports of %s", service).contains("9093", "53", "4317");
        String properties = Manifests.read(Manifests.REPO.resolve(service).resolve("src/main/resources/application.properties"));
        boolean hasDatabase = properties.lines().anyMatch(l -> l.startsWith("quarkus.datasource.") || l.startsWith("%postgres.quarkus.datasource."));
        assertThat(egress.contains("5432")).as("%s reaches PostgreSQL", service).isEqualTo(hasDatabase);
        boolean pollsFeeds = properties.contains("allywatch.feeds");
        assertThat(egress.contains("443")).as("%s reaches the internet", service).isEqualTo(pollsFeeds);
    }
}
