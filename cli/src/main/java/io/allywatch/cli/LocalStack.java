package io.allywatch.cli;

import io.allywatch.contract.Topics;
import io.allywatch.kafka.LocalKafka;
import io.allywatch.kafka.ProcessStopper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The local stack: one Kafka broker and the three packaged services, each a background process
 * with its pid and log under the stack's home, so {@code up}, {@code status} and {@code down}
 * can be separate invocations.
 */
final class LocalStack {
    static final String KAFKA = "kafka";
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(Long.getLong("allywatch.health-timeout", 120));
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final StackLayout layout;
    private final Map<String, Integer> ports;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    LocalStack(StackLayout layout, int kafkaPort, int ingestPort, int extractPort, int queryPort) {
        this.layout = layout;
        Map<String, Integer> p = new LinkedHashMap<>();
        p.put(KAFKA, kafkaPort);
        p.put("ingest-service", ingestPort);
        p.put("extract-service", extractPort);
        p.put("query-service", queryPort);
        // A running stack's ports win over defaults, so `ingest` finds a stack started with other ports.
        readPorts().forEach(p::put);
        this.ports = p;
    }

    StackLayout layout() {
        return layout;
    }

    int port(String component) {
        return ports.get(component);
    }

    URI url(String service) {
        return URI.create("http://127.0.0.1:" + port(service));
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port(KAFKA);
    }

    /** Starts whatever is not running yet and returns once every part answers healthy. */
    void up(PrintStream out) {
        Path repository = StackLayout.repository();
        for (StackService s : StackService.ALL) {
            if (!Files.exists(s.app(repository))) {
                throw new StackException(s.name() + " is not built (" + s.app(repository)
                        + " missing): " + s.buildCommand() + ".");
            }
        }
        String apiKey = layout.apiKey();
        try {
            Files.createDirectories(layout.logs());
            Files.createDirectories(layout.pidFile(KAFKA).getParent());
            Files.createDirectories(layout.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writePorts();
        if (alivePid(KAFKA).isEmpty()) {
            out.printf("Starting Kafka on %s (data in %s) ...%n", bootstrapServers(), layout.kafkaData());
            try {
                LocalKafka kafka = LocalKafka.builder(layout.kafkaData())
                        .port(port(KAFKA)).controllerPort(0).topics(Topics.LOCAL_PARTITIONS).logFile(layout.log(KAFKA))
                        .tiedToParent(false).build().start();
                writePid(KAFKA, kafka.pid());
            } catch (RuntimeException e) {
                throw new StackException("Kafka did not start: " + e.getMessage());
            }
        }
        for (StackService s : StackService.ALL) {
            if (alivePid(s.name()).isEmpty()) {
                out.printf("Starting %s on port %d%s ...%n", s.name(), port(s.name()), s.runsOnPostgres() ? " (PostgreSQL)" : "");
                writePid(s.name(), launch(s, repository, apiKey));
            }
        }
        for (StackService s : StackService.ALL) {
            awaitHealthy(s);
        }
    }

    private long launch(StackService s, Path repository, String apiKey) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid"); // own session: Ctrl-C in our terminal must not reach it
        }
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(s.jvmOptions(repository));
        command.add("-jar");
        command.add(s.app(repository).toString());
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
        env.put("ALLYWATCH_API_KEYS", apiKey);
        env.put("ALLYWATCH_DATA_DIR", layout.dataDir().toString());
        env.put("INGEST_PORT", String.valueOf(port("ingest-service")));
        env.put("EXTRACT_PORT", String.valueOf(port("extract-service")));
        env.put("QUERY_PORT", String.valueOf(port("query-service")));
        if (s.runsOnPostgres()) {
            env.put("QUARKUS_PROFILE", "postgres"); // the profile its PostgreSQL build was made with
        }
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log(s.name()).toFile()));
        pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        try {
            return pb.start().pid();
        } catch (IOException e) {
            throw new StackException("could not start " + s.name() + ": " + e.getMessage());
        }
    }

    private void awaitHealthy(StackService s) {
        long deadline = System.nanoTime() + HEALTH_TIMEOUT.toNanos();
        URI health = url(s.name()).resolve("/q/health/ready");
        while (System.nanoTime() < deadline) {
            if (alivePid(s.name()).isEmpty()) {
                throw new StackException(s.name() + " exited while starting; see " + layout.log(s.name())
                        + ":\n" + tail(layout.log(s.name()), 25));
            }
            if (httpStatus(health) == 200) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new StackException(s.name() + " not healthy after " + HEALTH_TIMEOUT.toSeconds() + " s ("
                + health + "); see " + layout.log(s.name()) + ":\n" + tail(layout.log(s.name()), 25));
    }

    /** Stops the services first, then the broker (clients retrying a dead broker slow their own stop). */
    void down(PrintStream out) {
        List<StackService> reversed = new ArrayList<>(StackService.ALL);
        java.util.Collections.reverse(reversed);
        for (StackService s : reversed) {
            alivePid(s.name()).ifPresent(pid -> {
                out.printf("Stopping %s (pid %d) ...%n", s.name(), pid);
                stop(pid);
            });
            deletePid(s.name());
        }
        alivePid(KAFKA).ifPresent(pid -> {
            out.printf("Stopping Kafka (pid %d) ...%n", pid);
            LocalKafka.stopPid(pid, STOP_GRACE);
        });
        deletePid(KAFKA);
    }

    private static void stop(long pid) {
        ProcessStopper.stop(pid, STOP_GRACE);
    }

    record ComponentStatus(String name, Long pid, int port, String health) {
    }

    List<ComponentStatus> status() {
        List<ComponentStatus> result = new ArrayList<>();
        result.add(new ComponentStatus(KAFKA, alivePid(KAFKA).orElse(null), port(KAFKA),
                alivePid(KAFKA).isPresent() ? "running" : "stopped"));
        for (StackService s : StackService.ALL) {
            Optional<Long> pid = alivePid(s.name());
            String health = pid.isEmpty() ? "stopped"
                    : httpStatus(url(s.name()).resolve("/q/health/ready")) == 200 ? "healthy" : "not ready";
            result.add(new ComponentStatus(s.name(), pid.orElse(null), port(s.name()), health));
        }
        return result;
    }

    /** The pid in the component's pid file, if that process is alive and is really ours. */
    Optional<Long> alivePid(String component) {
        Path file = layout.pidFile(component);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(file).strip());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (handle.isEmpty()) {
                return Optional.empty();
            }
            if (KAFKA.equals(component)) {
                return LocalKafka.isBrokerPid(pid) ? Optional.of(pid) : Optional.empty();
            }
            // Guard against pid reuse: the process must be running this service's jar.
            String cmd = handle.get().info().commandLine().orElse("");
            return cmd.contains(component) ? Optional.of(pid) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    int httpStatus(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void writePid(String component, long pid) {
        try {
            Files.writeString(layout.pidFile(component), pid + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deletePid(String component) {
        try {
            Files.deleteIfExists(layout.pidFile(component));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writePorts() {
        Properties p = new Properties();
        ports.forEach((k, v) -> p.setProperty(k, String.valueOf(v)));
        try (var w = Files.newBufferedWriter(layout.portsFile(), StandardCharsets.UTF_8)) {
            p.store(w, "ports of the running local stack");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Ports are taken from the file only while the stack it describes still runs, in part: after the
     * broker alone died, {@code up} must start it on the port the running services use.
     */
    private Map<String, Integer> readPorts() {
        Map<String, Integer> result = new LinkedHashMap<>();
        Path file = layout.portsFile();
        boolean anyAlive = alivePid(KAFKA).isPresent() || StackService.ALL.stream().anyMatch(s -> alivePid(s.name()).isPresent());
        if (!Files.exists(file) || !anyAlive) {
            return result;
        }
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return result;
        }
        p.stringPropertyNames().forEach(k -> result.put(k, Integer.parseInt(p.getProperty(k).strip())));
        return result;
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }

    /** A stack operation failed; the message says what and where to look. */
    static final class StackException extends RuntimeException {
        StackException(String message) {
            super(message);
        }
    }
}
