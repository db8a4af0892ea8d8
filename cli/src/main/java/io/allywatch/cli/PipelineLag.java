package io.allywatch.cli;

import io.allywatch.contract.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the consumer groups are behind their topics. {@code run} waits for zero lag on
 * extract-service, then on query-service, to know that what it ingested has reached the read store.
 */
final class PipelineLag implements AutoCloseable {
    /** A consumer group and what it reads, as configured in that service's application.properties. */
    record Stage(String group, List<String> topics) {
    }

    /** In pipeline order: extract's lag must be gone before query's can be. */
    static final List<Stage> STAGES = List.of(
            new Stage("extract-service", List.of(Topics.ARTICLES_RAW)),
            new Stage("query-service", List.of(Topics.EVENTS_ALLIANCE, Topics.EVENTS_AID, Topics.ARTICLES_EXTRACTED)));

    /** The topics a consumer group of the pipeline reads. */
    static List<String> topicsOf(String group) {
        return STAGES.stream().filter(s -> s.group().equals(group)).findFirst().orElseThrow().topics();
    }

    private final Admin admin;

    PipelineLag(String bootstrapServers) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        this.admin = Admin.create(p);
    }

    /** Records not yet consumed (and committed) by the group on its topics. */
    long lag(String group, List<String> topics) throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
        Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                .all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            lag += ends.get(tp) - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    /** Waits until every stage has caught up, in pipeline order; false if that took longer than allowed. */
    boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietRounds = 0;
        while (System.nanoTime() < deadline) {
            long total = 0;
            try {
                for (Stage stage : STAGES) {
                    total += lag(stage.group(), stage.topics());
                }
            } catch (ExecutionException e) {
                total = -1;
            }
            // Twice in a row: events published by extract may not be visible in the first look.
            quietRounds = total == 0 ? quietRounds + 1 : 0;
            if (quietRounds >= 2) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
