package io.allywatch.ingest.api;

import io.allywatch.kafka.LocalKafka;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A broker of this test class's own (not the shared one, since the test stops it), which the test
 * can stop and start again on the same port and data folder, as an operator restarting Kafka would.
 * Its state lives in system properties: Quarkus loads this class in more than one class loader.
 */
public class RestartableBrokerResource implements QuarkusTestResourceLifecycleManager {
    private static final String DIR = "allywatch.test.restartable-broker.dir";
    private static final String PORT = "allywatch.test.restartable-broker.port";
    private static final String PID = "allywatch.test.restartable-broker.pid";
    /** Strong references: a tied broker stops when its stdin pipe is closed, and that includes by the GC. */
    private static LocalKafka current;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("allywatch-kafka-restartable-");
            LocalKafka kafka = broker(dir, 0).start();
            remember(dir, kafka);
            String prefix = "mp.messaging.outgoing.articles-out.";
            return Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "quarkus.kafka.devservices.enabled", "false",
                    // small chunks, so that one batch has several; a dead broker noticed in seconds
                    "allywatch.ingest.batch.chunk-size", "50",
                    prefix + "max.block.ms", "2000",
                    prefix + "request.timeout.ms", "1000",
                    prefix + "delivery.timeout.ms", "3000",
                    "allywatch.ingest.publish-timeout", "6S",
                    // the outbox looks every second (rows older than twice publish-timeout)
                    "allywatch.ingest.republish-every", "1S",
                    "allywatch.ingest.retry-after", "7S");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        stopBroker();
    }

    public static String bootstrapServers() {
        return "127.0.0.1:" + System.getProperty(PORT);
    }

    public static synchronized void stopBroker() {
        String pid = System.getProperty(PID);
        if (pid != null && !LocalKafka.stopPid(Long.parseLong(pid), Duration.ofSeconds(20))) {
            throw new IllegalStateException("broker " + pid + " did not stop");
        }
        current = null;
    }

    /** Starts the broker again on its data folder and port: its records and topics are still there. */
    public static synchronized void restartBroker() {
        Path dir = Path.of(System.getProperty(DIR));
        remember(dir, broker(dir, Integer.parseInt(System.getProperty(PORT))).start());
    }

    private static LocalKafka broker(Path dir, int port) {
        return LocalKafka.builder(dir).port(port).topics("articles.raw:3")
                .logFile(Path.of("target", "kafka-local", "restartable-broker.log").toAbsolutePath())
                .tiedToParent(true).build();
    }

    private static void remember(Path dir, LocalKafka kafka) {
        current = kafka;
        System.setProperty(DIR, dir.toString());
        System.setProperty(PORT, Integer.toString(kafka.port()));
        System.setProperty(PID, Long.toString(kafka.pid()));
    }
}
