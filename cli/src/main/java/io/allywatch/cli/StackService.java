package io.allywatch.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * A packaged service of the local stack: its name (= module folder), the folder of its manifests
 * under deploy/base, whose {@code jvm.env} holds its JVM flags for Kubernetes and for us alike, and
 * whether it keeps a store (H2, or PostgreSQL with {@code ALLYWATCH_DATABASE=postgres}).
 */
record StackService(String name, String manifests, boolean hasStore) {
    static final List<StackService> ALL = List.of(
            new StackService("ingest-service", "ingest", true),
            new StackService("extract-service", "extract", false),
            new StackService("query-service", "query", true));

    /**
     * {@code ALLYWATCH_DATABASE=postgres}: the services with a store run their PostgreSQL build
     * ({@code ./mvnw package -Ppostgres} puts it in target/postgres; db-kind is fixed at build time)
     * with the {@code postgres} profile, which reads {@code POSTGRES_HOST}, {@code POSTGRES_PORT},
     * {@code POSTGRES_DB}, {@code POSTGRES_USER} and {@code POSTGRES_PASSWORD} from the environment
     * the services inherit. Anything else, or unset: the default build on embedded H2.
     */
    static boolean onPostgres() {
        return "postgres".equalsIgnoreCase(System.getenv("ALLYWATCH_DATABASE"));
    }

    boolean runsOnPostgres() {
        return hasStore && onPostgres();
    }

    Path app(Path repository) {
        return repository.resolve(name).resolve(runsOnPostgres() ? "target/postgres/quarkus-run.jar"
                : "target/quarkus-app/quarkus-run.jar");
    }

    /** How to build what {@link #app} names. */
    String buildCommand() {
        return runsOnPostgres() ? "./mvnw -B package -DskipTests -Ppostgres -pl " + name + " -am"
                : "run ./allywatch from the repository root, which builds it";
    }

    /** The flags of {@code jvm.env}; a {@code -Dallywatch.<manifests>.heap=-Xmx…} replaces its heap. */
    List<String> jvmOptions(Path repository) {
        return JvmOptionsFile.read(repository.resolve("deploy/base").resolve(manifests).resolve("jvm.env"),
                System.getProperty("allywatch." + manifests + ".heap"));
    }
}
