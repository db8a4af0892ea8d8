package io.allywatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** One broker for the whole class, restarted once on its own data folder. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalKafkaIT {

    static final String KEY = "article-42";
    static final String VALUE = "{\"title\":\"Allies pledge aid\",\"lang\":\"en\"}";

    @TempDir
    static Path tmp;

    static LocalKafka kafka;
    static RecordMetadata produced;

    @BeforeAll
    static void start() throws Exception {
        long t0 = System.nanoTime();
        kafka = LocalKafka.builder(tmp.resolve("data"))
                .topics(Brokers.CONTRACT_TOPICS)
                .logFile(tmp.resolve("broker.log"))
                .start();
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.printf("broker %s ready in %d ms (pid %d, RSS %d kB)%n",
                kafka.bootstrapServers(), ms, kafka.pid(), Brokers.rssKb(kafka.pid()));
        ProducerRecord<String, String> record = new ProducerRecord<>("articles.raw", null, KEY, VALUE, List.of(
                new RecordHeader("ce_type", "io.allywatch.article.raw".getBytes(StandardCharsets.UTF_8)),
                new RecordHeader("ce_id", "id-1".getBytes(StandardCharsets.UTF_8))));
        produced = Brokers.produce(kafka.bootstrapServers(), record);
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    @Order(1)
    void consumesWhatWasProducedWithKeyValueAndHeaders() {
        List<ConsumerRecord<String, String>> records = Brokers.consume(kafka.bootstrapServers(), "articles.raw", 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> r = records.get(0);
        assertThat(r.key()).isEqualTo(KEY);
        assertThat(r.value()).isEqualTo(VALUE);
        assertThat(Brokers.header(r, "ce_type")).isEqualTo("io.allywatch.article.raw");
        assertThat(Brokers.header(r, "ce_id")).isEqualTo("id-1");
        assertThat(r.partition()).isEqualTo(produced.partition());
        assertThat(r.offset()).isEqualTo(produced.offset());
        System.out.printf("broker RSS after produce+consume: %d kB%n", Brokers.rssKb(kafka.pid()));
    }

    @Test
    @Order(2)
    void createsTheContractTopicsWithTheirPartitionCounts() throws Exception {
        Map<String, Integer> expected = KafkaBrokerMain.parseTopics(Brokers.CONTRACT_TOPICS);
        Map<String, TopicDescription> described = Brokers.describe(kafka.bootstrapServers(), expected.keySet());
        Map<String, Integer> actual = described.values().stream()
                .collect(Collectors.toMap(TopicDescription::name, d -> d.partitions().size()));
        assertThat(actual).isEqualTo(expected);
        assertThat(described.values()).allSatisfy(d ->
                assertThat(d.partitions()).allSatisfy(p -> assertThat(p.leader()).isNotNull()));
    }

    @Test
    @Order(3)
    void kcatReadsKeyHeadersAndValue() throws Exception {
        // Fails rather than skips: a missing tool must be seen (./allywatch test installs it).
        assertThat(onPath("kcat")).as("kcat is not on the PATH: run ./allywatch test (it installs it), or apt-get install -y kcat").isTrue();
        Process p = new ProcessBuilder("kcat", "-b", kafka.bootstrapServers(), "-C", "-t", "articles.raw",
                "-o", "beginning", "-e", "-q", "-f", "%k|%h|%s\\n")
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("kcat finished").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("kcat exit code, output: %s", out).isZero();
        assertThat(out.lines()).contains(KEY + "|ce_type=io.allywatch.article.raw,ce_id=id-1|" + VALUE);
    }

    @Test
    @Order(4)
    void secondBrokerOnATakenPortFailsClearlyAndLeavesNoProcess() {
        long before = Brokers.brokerChildren();
        assertThat(before).as("the running broker is seen as a child").isGreaterThanOrEqualTo(1);
        LocalKafka second = LocalKafka.builder(tmp.resolve("second")).port(kafka.port()).logFile(tmp.resolve("second.log")).build();
        assertThatThrownBy(second::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("127.0.0.1:" + kafka.port())
                .hasMessageContaining("already in use");
        assertThat(second.isAlive()).isFalse();
        assertThat(Brokers.brokerChildren()).isEqualTo(before);
    }

    @Test
    @Order(5)
    void restartOnTheSameFolderAndPortKeepsTheData() throws Exception {
        int port = kafka.port();
        long firstPid = kafka.pid();
        kafka.stop();
        assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        long t0 = System.nanoTime();
        kafka = LocalKafka.builder(tmp.resolve("data"))
                .port(port)
                .topics(Brokers.CONTRACT_TOPICS)
                .logFile(tmp.resolve("broker.log"))
                .start();
        System.out.printf("restarted in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
        assertThat(kafka.pid()).isNotEqualTo(firstPid);

        List<ConsumerRecord<String, String>> records = Brokers.consume(kafka.bootstrapServers(), "articles.raw", 1, Duration.ofSeconds(20));
        assertThat(records).extracting(ConsumerRecord::key, ConsumerRecord::value).containsExactly(org.assertj.core.groups.Tuple.tuple(KEY, VALUE));
        // Formatted once, on the first start only.
        String log = Files.readString(kafka.logFile());
        assertThat(log.split("Formatting metadata directory", -1)).hasSize(2);
        assertThat(log.split("ALLYWATCH-KAFKA-READY", -1)).hasSize(3);
    }

    @Test
    @Order(6)
    void aBrokerThatDiesDuringStartIsReportedWithItsLog() {
        long before = Brokers.brokerChildren();
        assertThat(before).as("the running broker is seen as a child").isGreaterThanOrEqualTo(1);
        LocalKafka bad = LocalKafka.builder(tmp.resolve("bad"))
                .topic("not a valid topic name!", 1)
                .logFile(tmp.resolve("bad.log"))
                .build();
        assertThatThrownBy(bad::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code")
                .hasMessageContaining(tmp.resolve("bad.log").toString())
                .hasMessageContaining("InvalidTopicException");
        assertThat(bad.isAlive()).isFalse();
        assertThat(Brokers.brokerChildren()).isEqualTo(before);
    }

    static boolean onPath(String exe) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, exe)));
    }
}
