package io.allywatch.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * A packaged service of the local stack: its name (= module folder) and the folder of its
 * manifests under deploy/base, whose {@code jvm.env} holds its JVM flags for Kubernetes and for us alike.
 */
record StackService(String name, String manifests) {
    static final List<StackService> ALL = List.of(
            new StackService("ingest-service", "ingest"),
            new StackService("extract-service", "extract"),
            new StackService("query-service", "query"));

    Path app(Path repository) {
        return repository.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The flags of {@code jvm.env}; a {@code -Dallywatch.<manifests>.heap=-Xmx…} replaces its heap. */
    List<String> jvmOptions(Path repository) {
        return JvmOptionsFile.read(repository.resolve("deploy/base").resolve(manifests).resolve("jvm.env"),
                System.getProperty("allywatch." + manifests + ".heap"));
    }
}
