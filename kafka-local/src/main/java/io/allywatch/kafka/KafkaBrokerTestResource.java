package io.allywatch.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Quarkus test resource: one real broker per test JVM, shared by every test class that names this
 * resource, on free ports in a temporary folder, log in {@code target/kafka-local/broker.log}.
 *
 * <p>Use with {@code @WithTestResource(KafkaBrokerTestResource.class)} (or
 * {@code @QuarkusTestResource}). Init arg {@code topics} ("name:partitions,...") replaces
 * {@link #DEFAULT_TOPICS}; only the first start in a JVM decides which topics exist.
 */
public class KafkaBrokerTestResource implements QuarkusTestResourceLifecycleManager {

    /** The contract's topics: Topics.localBrokerSpec(), copied because this module stands alone (extract-service ContractTopicsTest checks). */
    public static final String DEFAULT_TOPICS = "articles.raw:3,events.alliance:3,events.aid:3,articles.dlq:1,events.dlq:1,articles.extracted:3";

    /*
     * Quarkus may load this class more than once in one JVM (one class loader per application
     * restart), so the "one broker per JVM" state lives in system properties, which every class
     * loader shares, and the lock is the (JVM-wide) system properties object.
     */
    private static final String BOOTSTRAP_PROPERTY = "allywatch.kafka-local.bootstrap";
    private static final String PID_PROPERTY = "allywatch.kafka-local.pid";
    private static final String TOPICS_PROPERTY = "allywatch.kafka-local.topics";

    private String topics = DEFAULT_TOPICS;

    @Override
    public void init(Map<String, String> initArgs) {
        String t = initArgs.get("topics");
        if (t != null && !t.isBlank()) {
            topics = t;
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "kafka.bootstrap.servers", ensureStarted(topics),
                "quarkus.kafka.devservices.enabled", "false");
    }

    /** The broker outlives a test class: the JVM's shutdown hook (and the stdin tie) stop it. */
    @Override
    public void stop() {
        // nothing: shared with the next test class
    }

    /** Bootstrap address of this JVM's broker, started with the default topics if not yet running. */
    public static String bootstrapServers() {
        return ensureStarted(DEFAULT_TOPICS);
    }

    static String ensureStarted(String topics) {
        synchronized (System.getProperties()) {
            String bootstrap = System.getProperty(BOOTSTRAP_PROPERTY);
            String pid = System.getProperty(PID_PROPERTY);
            if (bootstrap != null && pid != null && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
                if (!topics.equals(System.getProperty(TOPICS_PROPERTY))) {
                    System.err.println("KafkaBrokerTestResource: broker " + bootstrap + " already runs with topics "
                            + System.getProperty(TOPICS_PROPERTY) + "; asked for " + topics + " (not created)");
                }
                return bootstrap;
            }
            LocalKafka kafka = startBroker(topics);
            System.setProperty(BOOTSTRAP_PROPERTY, kafka.bootstrapServers());
            System.setProperty(PID_PROPERTY, Long.toString(kafka.pid()));
            System.setProperty(TOPICS_PROPERTY, topics);
            return kafka.bootstrapServers();
        }
    }

    private static LocalKafka startBroker(String topics) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("allywatch-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path logFile = Path.of("target", "kafka-local", "broker.log").toAbsolutePath();
        LocalKafka kafka = LocalKafka.builder(dataDir)
                .topics(topics)
                .logFile(logFile)
                .tiedToParent(true)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            deleteTree(dataDir);
        }, "allywatch-kafka-stop"));
        try {
            return kafka.start();
        } catch (RuntimeException e) {
            deleteTree(dataDir);
            throw e;
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
