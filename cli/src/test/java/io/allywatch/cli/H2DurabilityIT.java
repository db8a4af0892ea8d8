package io.allywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.kafka.ProcessStopper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row a service has committed to its embedded H2 store survives a kill -9 of the service a
 * moment later: the ingest store is how an acknowledged article stays known, the read store how
 * a projected mention whose offset is committed stays projected. Run with the exact JDBC URL of
 * each service's application.properties, in a process of its own that is then killed.
 */
class H2DurabilityIT {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    private static final int ROWS = 2000;

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "query-service"})
    void rowsCommittedJustBeforeAKillMinus9AreThereAfterIt(String service, @TempDir Path dataDir) throws Exception {
        Properties props = new Properties();
        try (var in = Files.newBufferedReader(REPOSITORY.resolve(service).resolve("src/main/resources/application.properties"))) {
            props.load(in);
        }
        String url = props.getProperty("quarkus.datasource.jdbc.url").replace("${allywatch.data-dir}", dataDir.toString());
        assertThat(url).startsWith("jdbc:h2:file:");

        Process writer = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), H2CommitWriter.class.getName(), url, String.valueOf(ROWS))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("committed " + ROWS);
        }
        ProcessStopper.kill(writer.toHandle()); // SIGKILL: no shutdown hook, no close of the store

        try (Connection c = DriverManager.getConnection(url); ResultSet r = c.createStatement().executeQuery("select count(*) from durable")) {
            r.next();
            assertThat(r.getInt(1)).as("rows committed before the kill").isEqualTo(ROWS);
        }
    }
}
