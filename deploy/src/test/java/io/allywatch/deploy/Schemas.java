package io.allywatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validates rendered objects: CRDs of Strimzi (generated from its Maven artifacts) and
 * CloudNativePG (vendored) here in Java; Kubernetes, KEDA and Prometheus-operator kinds through the
 * npm kubernetes-models validators (schemas/node/validate.mjs). Those validators let fields they do
 * not know pass, so Kubernetes' own kinds are also read into fabric8's model of the Kubernetes API
 * (generated from its OpenAPI), which sets aside every field the API does not have: any such field
 * makes the object invalid, as {@code kubectl apply --validate=strict} would.
 */
final class Schemas {

    /** A verdict for one object: null error means it fits its schema. */
    record Verdict(String object, String status, String error) {
        boolean valid() {
            return "valid".equals(status);
        }
    }

    private static final Path GENERATED = Path.of(System.getProperty("allywatch.generated-crds.dir", "target/generated-crds"));
    private static final Path VALIDATOR = Path.of(System.getProperty("allywatch.schema-validator.dir", "target/schema-validator"));
    private static final Path VENDORED = Manifests.DEPLOY.resolve("schemas/vendored");

    // Strimzi's own generator over its api classes, with the options of Strimzi's release build.
    private static final Map<String, String> STRIMZI_KINDS = Map.of(
            "Kafka", "io.strimzi.api.kafka.model.kafka.Kafka",
            "KafkaNodePool", "io.strimzi.api.kafka.model.nodepool.KafkaNodePool",
            "KafkaTopic", "io.strimzi.api.kafka.model.topic.KafkaTopic",
            "KafkaUser", "io.strimzi.api.kafka.model.user.KafkaUser");

    private static Map<String, JsonSchema> crdSchemas;

    private Schemas() {
    }

    static List<Verdict> validate(List<JsonNode> objects) {
        List<Verdict> verdicts = new ArrayList<>();
        List<JsonNode> forNode = new ArrayList<>();
        for (JsonNode object : objects) {
            JsonSchema schema = crdSchemas().get(key(object));
            if (schema != null) {
                Set<ValidationMessage> errors = schema.validate(object);
                verdicts.add(new Verdict(Manifests.describe(object), errors.isEmpty() ? "valid" : "invalid",
                        errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; "))));
            } else if (object.path("apiVersion").asText().contains(".strimzi.io/")
                    || object.path("apiVersion").asText().contains(".cnpg.io/")) {
                verdicts.add(new Verdict(Manifests.describe(object), "no-schema", "no CRD schema for " + key(object)));
            } else {
                forNode.add(object);
            }
        }
        verdicts.addAll(validateWithNode(forNode));
        return verdicts;
    }

    private static List<Verdict> validateWithNode(List<JsonNode> objects) {
        List<Verdict> verdicts = schemaVerdictsFromNode(objects);
        List<Verdict> strict = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            Verdict v = verdicts.get(i);
            List<String> unknown = unknownCoreFields(objects.get(i));
            if (v.valid() && !unknown.isEmpty()) {
                v = new Verdict(v.object(), "invalid", "unknown field(s): " + String.join(", ", unknown));
            }
            strict.add(v);
        }
        return strict;
    }

    /**
     * Fields of a Kubernetes core object (v1, apps/v1, policy/v1, ...) that its API type does not
     * declare, as JSON paths; empty for a kind fabric8 does not model (CRDs: checked elsewhere).
     */
    static List<String> unknownCoreFields(JsonNode object) {
        KubernetesResource resource;
        try {
            resource = Manifests.JSON.treeToValue(object, KubernetesResource.class);
        } catch (IOException | IllegalArgumentException e) {
            return List.of("(not readable as a Kubernetes object: " + e.getMessage() + ")");
        }
        List<String> unknown = new ArrayList<>();
        if (!(resource instanceof GenericKubernetesResource)) {
            collectUnknown(resource, "", unknown, new IdentityHashMap<>());
        }
        return unknown;
    }

    /** Walks fabric8's model objects through their getters; additionalProperties holds what did not fit. */
    private static void collectUnknown(Object value, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectUnknown(list.get(i), path + "[" + i + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collectUnknown(v, path + "." + k, unknown, seen));
            return;
        }
        if (!value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            String name = getter.getName();
            if (getter.getParameterCount() != 0 || !name.startsWith("get") || name.equals("getClass")) {
                continue;
            }
            Object field;
            try {
                field = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue; // a derived getter (e.g. a Quantity's numeric amount) that does not apply here
            }
            if (name.equals("getAdditionalProperties") && field instanceof Map<?, ?> extra) {
                extra.keySet().forEach(k -> unknown.add((path + "." + k).substring(1)));
            } else {
                collectUnknown(field, path + "." + Character.toLowerCase(name.charAt(3)) + name.substring(4), unknown, seen);
            }
        }
    }

    private static List<Verdict> schemaVerdictsFromNode(List<JsonNode> objects) {
        if (objects.isEmpty()) {
            return List.of();
        }
        try {
            String out = Manifests.run(VALIDATOR, List.of("node", "validate.mjs"), Manifests.JSON.writeValueAsString(objects));
            List<Verdict> verdicts = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode result = Manifests.JSON.readTree(line);
                verdicts.add(new Verdict(result.path("kind").asText() + "/" + result.path("name").asText(),
                        result.path("status").asText(), result.path("error").asText(null)));
            }
            if (verdicts.size() != objects.size()) {
                throw new AssertionError("validator answered " + verdicts.size() + " of " + objects.size() + " objects:\n" + out);
            }
            return verdicts;
        } catch (IOException e) {
            throw new IllegalStateException("node or the npm schema packages are missing (./allywatch test installs nodejs and npm; the build runs npm ci)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String key(JsonNode object) {
        return object.path("apiVersion").asText() + " " + object.path("kind").asText();
    }

    private static synchronized Map<String, JsonSchema> crdSchemas() {
        if (crdSchemas == null) {
            Map<String, JsonSchema> schemas = new HashMap<>();
            List<Path> crds = new ArrayList<>(generateStrimziCrds());
            try (Stream<Path> vendored = Files.list(VENDORED)) {
                vendored.filter(p -> p.toString().endsWith(".yaml")).forEach(crds::add);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
            for (Path crd : crds) {
                JsonNode definition = readYaml(crd);
                String group = definition.path("spec").path("group").asText();
                String kind = definition.path("spec").path("names").path("kind").asText();
                for (JsonNode version : definition.path("spec").path("versions")) {
                    JsonNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                    strict(schema);
                    schemas.put(group + "/" + version.path("name").asText() + " " + kind, factory.getSchema(schema));
                }
            }
            crdSchemas = schemas;
        }
        return crdSchemas;
    }

    /**
     * The API server prunes or rejects fields a structural schema does not declare; a JSON Schema
     * validator would let them pass. Close every object that declares its properties, as
     * {@code kubeconform -strict} does, so a misspelt field fails here rather than vanish there.
     */
    static void strict(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                object.put("additionalProperties", false);
            }
            object.forEach(Schemas::strict);
        } else if (schema instanceof ArrayNode array) {
            array.forEach(Schemas::strict);
        }
    }

    private static List<Path> generateStrimziCrds() {
        Path dir = GENERATED.resolve("strimzi");
        List<Path> files = STRIMZI_KINDS.keySet().stream().sorted().map(k -> dir.resolve(k + ".yaml")).toList();
        if (files.stream().allMatch(Files::exists)) {
            return files;
        }
        try {
            Files.createDirectories(dir);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "io.strimzi.crdgenerator.CrdGenerator",
                    "--crd-api-version", "v1", "--api-versions", "v1beta2", "--storage-version", "v1beta2",
                    "--yaml"));
            STRIMZI_KINDS.forEach((kind, type) -> command.add(type + "=" + dir.resolve(kind + ".yaml")));
            Manifests.run(dir, command, null);
            return files;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readYaml(Path file) {
        try {
            return Manifests.YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
