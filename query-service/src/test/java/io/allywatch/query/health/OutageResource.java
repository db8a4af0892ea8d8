package io.allywatch.query.health;

import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.kafka.LocalKafka;
import io.allywatch.kafka.TcpRelay;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.h2.tools.Server;

/**
 * A Kafka broker and a database of this test's own, on fixed ports, that the test can stop and
 * start again: the shared broker of the other tests and their in-process database cannot go away.
 * The database is an H2 server, or with the postgres profile a relay to PostgreSQL that is cut. State lives in system properties because Quarkus may load this class in more than one
 * class loader (the test's and the application's).
 */
public class OutageResource implements QuarkusTestResourceLifecycleManager {
    private static final String KAFKA_PORT = "allywatch.outage.kafka-port";
    private static final String KAFKA_PID = "allywatch.outage.kafka-pid";
    private static final String KAFKA_DATA = "allywatch.outage.kafka-data";
    private static final String DB_PORT = "allywatch.outage.db-port";
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    // The H2 server lives in this JVM; only one per JVM, like the system properties that describe it.
    private static Server database;
    private static TcpRelay postgresRelay;

    @Override
    public Map<String, String> start() {
        try {
            System.setProperty(KAFKA_PORT, Integer.toString(freePort()));
            System.setProperty(KAFKA_DATA, Files.createTempDirectory("allywatch-outage-kafka-").toString());
            System.setProperty(DB_PORT, Integer.toString(freePort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startKafka();
        Map<String, String> config = new HashMap<>(Map.of(
                "kafka.bootstrap.servers", "127.0.0.1:" + System.getProperty(KAFKA_PORT),
                "quarkus.kafka.devservices.enabled", "false"));
        // -Ppostgres (quarkus.test.profile=test,postgres) builds the service for PostgreSQL: the machine's
        // shared server must stay up for everyone else, so the service reaches it through a relay of this
        // test's own, and the outage is the relay cut.
        if (Arrays.asList(System.getProperty("quarkus.test.profile", "test").split(",")).contains("postgres")) {
            String host = System.getenv().getOrDefault("POSTGRES_HOST", "127.0.0.1");
            int port = Integer.parseInt(System.getenv().getOrDefault("POSTGRES_PORT", "5432"));
            postgresRelay = new TcpRelay(Integer.parseInt(System.getProperty(DB_PORT)), new InetSocketAddress(host, port));
            startDatabase();
            String url = "jdbc:postgresql://127.0.0.1:" + System.getProperty(DB_PORT) + "/"
                    + System.getenv().getOrDefault("POSTGRES_DB", "test");
            config.put("quarkus.datasource.jdbc.url", url);
            config.put("%postgres.quarkus.datasource.jdbc.url", url);
        } else {
            startDatabase();
            // DB_CLOSE_DELAY=-1: the in-memory database outlives the server's connections, so what was
            // migrated is still there when the server comes back, as with a restarted PostgreSQL.
            String url = "jdbc:h2:tcp://127.0.0.1:" + System.getProperty(DB_PORT) + "/mem:outage;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
            config.put("quarkus.datasource.jdbc.url", url);
            config.put("%test.quarkus.datasource.jdbc.url", url);
        }
        return config;
    }

    @Override
    public void stop() {
        stopKafka();
        stopDatabase();
    }

    /** Starts the broker on its port and data folder (formatted at the first start, reused after). */
    static void startKafka() {
        LocalKafka kafka = LocalKafka.builder(Path.of(System.getProperty(KAFKA_DATA)))
                .port(Integer.parseInt(System.getProperty(KAFKA_PORT)))
                .topics(KafkaBrokerTestResource.DEFAULT_TOPICS)
                .logFile(Path.of("target", "kafka-local", "outage-broker.log").toAbsolutePath())
                .tiedToParent(true)
                .start();
        System.setProperty(KAFKA_PID, Long.toString(kafka.pid()));
    }

    static void stopKafka() {
        String pid = System.getProperty(KAFKA_PID);
        if (pid != null && !LocalKafka.stopPid(Long.parseLong(pid), STOP_GRACE)) {
            throw new IllegalStateException("broker " + pid + " did not stop");
        }
        System.clearProperty(KAFKA_PID);
    }

    static synchronized void startDatabase() {
        if (postgresRelay != null) {
            postgresRelay.open();
            return;
        }
        try {
            database = Server.createTcpServer("-tcpPort", System.getProperty(DB_PORT), "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException("H2 server did not start", e);
        }
    }

    /** Stops the server: every connection to it is closed, as when a database host goes away. */
    static synchronized void stopDatabase() {
        if (postgresRelay != null) {
            postgresRelay.cut();
            return;
        }
        if (database != null) {
            database.stop();
            database = null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
