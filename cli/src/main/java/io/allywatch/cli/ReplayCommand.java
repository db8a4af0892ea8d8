package io.allywatch.cli;

import io.allywatch.kafka.ProcessStopper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Rebuilds query-service's read store from the event topics, which are the source of truth.
 *
 * <p>With query-service stopped (so its consumer group has no members and nothing writes the
 * store): its group's offsets go back to the start of {@code events.alliance} and {@code events.aid},
 * its store is deleted, and on start Flyway creates the tables again and the service projects every
 * record from the beginning. Projection is idempotent, so the result is the state a consumer that
 * had read the topics once would have. Reads are unavailable until it has started again.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, description = "Rebuild the query service's read store from the event topics: stop it, "
        + "reset its consumer group to the earliest offsets, empty its store, start it, and wait until it has caught up.")
class ReplayCommand implements Callable<Integer> {
    /** Consumer group and topics of query-service (its application.properties: mp.messaging.incoming.events-in.*). */
    static final String GROUP = "query-service";
    /** Where query-service keeps its embedded H2 store under the stack's data folder (its quarkus.datasource.jdbc.url). */
    static final String STORE_FOLDER = "query";
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    @Mixin
    StackOptions options;

    @Option(names = "--catch-up-timeout", defaultValue = "PT600S", description = "how long to wait for the replay (default: ${DEFAULT-VALUE})")
    Duration catchUpTimeout;

    @Option(names = "--group-empty-timeout", defaultValue = "PT60S",
            description = "how long to wait for the stopped service to leave its consumer group (default: ${DEFAULT-VALUE})")
    Duration groupEmptyTimeout;

    @Override
    public Integer call() throws Exception {
        LocalStack stack = options.stack();
        if (StackService.onPostgres()) {
            // It empties the store by deleting H2's files; a PostgreSQL store would be left as it is.
            System.err.println("replay empties the local H2 read store only; with ALLYWATCH_DATABASE=postgres it would not empty it.");
            return 2;
        }
        if (stack.alivePid(LocalStack.KAFKA).isEmpty()) {
            System.err.println("Kafka is not running: start the stack with ./allywatch up, then replay.");
            return 1;
        }
        stack.alivePid(GROUP).ifPresent(pid -> {
            System.out.printf("Stopping query-service (pid %d) ...%n", pid);
            stop(pid);
        });
        List<String> topics = PipelineLag.topicsOf(GROUP);
        try (Admin admin = admin(stack.bootstrapServers())) {
            awaitGroupEmpty(admin);
            Map<TopicPartition, OffsetAndMetadata> earliest = earliestOffsets(admin, topics);
            admin.alterConsumerGroupOffsets(GROUP, earliest).all().get();
            long records = endOffsets(admin, earliest.keySet()) - earliest.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
            System.out.printf("Reset consumer group %s to the start of %s (%d records to project).%n",
                    GROUP, String.join(", ", topics), records);
        }
        Path store = stack.layout().dataDir().resolve(STORE_FOLDER);
        deleteTree(store);
        System.out.println("Emptied the read store " + store);
        try {
            stack.up(System.out);
        } catch (LocalStack.StackException e) {
            System.err.println("allywatch replay failed: " + e.getMessage());
            return 1;
        }
        try (PipelineLag lag = new PipelineLag(stack.bootstrapServers())) {
            long deadline = System.nanoTime() + catchUpTimeout.toNanos();
            long behind;
            while ((behind = lag.lag(GROUP, topics)) > 0) {
                if (System.nanoTime() > deadline) {
                    System.err.printf("Still %d records behind after %d s; the service goes on projecting (log: %s).%n",
                            behind, catchUpTimeout.toSeconds(), stack.layout().log(GROUP));
                    return 2;
                }
                Thread.sleep(500);
            }
        }
        System.out.println("Replayed: the read store is rebuilt from the topics.");
        Urls.print(stack, System.out);
        return 0;
    }

    private static Admin admin(String bootstrap) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return Admin.create(p);
    }

    /** Offsets can only be reset in a group without members; a stopped consumer leaves at once, a killed one at its session timeout. */
    private void awaitGroupEmpty(Admin admin) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + groupEmptyTimeout.toNanos();
        while (true) {
            try {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP);
                if (group.members().isEmpty() || group.groupState() == GroupState.EMPTY || group.groupState() == GroupState.DEAD) {
                    return;
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof GroupIdNotFoundException) {
                    return;
                }
                throw e;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("consumer group " + GROUP + " still has members after "
                        + groupEmptyTimeout.toSeconds() + " s: is another query-service consuming from this broker?");
            }
            Thread.sleep(500);
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> earliestOffsets(Admin admin, List<String> topics)
            throws InterruptedException, ExecutionException {
        List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition()))).toList();
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.earliest())))
                .all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
    }

    private static long endOffsets(Admin admin, java.util.Set<TopicPartition> partitions)
            throws InterruptedException, ExecutionException {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                .all().get().values().stream().mapToLong(i -> i.offset()).sum();
    }

    private static void stop(long pid) {
        ProcessStopper.stop(pid, STOP_GRACE);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not empty the read store " + dir, e);
        }
    }
}
