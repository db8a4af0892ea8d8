package io.allywatch.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

/**
 * Entry point of the broker JVM (started by {@link LocalKafka}): a single-node KRaft broker and
 * controller on 127.0.0.1.
 *
 * <p>Arguments: {@code --data-dir DIR --port N --controller-port N
 * [--topics name:partitions,...] [--exit-on-stdin-eof]}. Prints {@link #READY_PREFIX} followed by
 * the bootstrap address once every listed topic has a leader on every partition.
 */
public final class KafkaBrokerMain {

    /** The line the launcher waits for. */
    public static final String READY_PREFIX = "ALLYWATCH-KAFKA-READY ";

    private static final String HOST = "127.0.0.1";

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) {
        KafkaRaftServer server = null;
        try {
            Options options = Options.parse(args);
            Path dataDir = options.dataDir.toAbsolutePath();
            Path logDir = dataDir.resolve("kraft");
            Files.createDirectories(logDir);
            Properties props = brokerProperties(logDir, options.port, options.controllerPort);
            Path configFile = dataDir.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(configFile)) {
                props.store(out, "written by " + KafkaBrokerMain.class.getName() + " at each start");
            }
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(configFile);
            }

            long t0 = System.nanoTime();
            KafkaRaftServer started = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server = started;
            // SIGTERM, System.exit (stdin EOF) and Ctrl-C all end up here: a clean stop.
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown, "kafka-shutdown"));
            started.startup();

            String bootstrap = HOST + ":" + options.port;
            ensureTopics(bootstrap, options.topics);
            if (options.exitOnStdinEof) {
                watchStdin();
            }
            System.out.println(READY_PREFIX + bootstrap);
            System.out.printf("allywatch-kafka: ready in %d ms, data in %s%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), dataDir);
            System.out.flush();
            started.awaitShutdown();
        } catch (Throwable e) {
            System.out.println("ALLYWATCH-KAFKA-FAILED " + e);
            e.printStackTrace(System.out);
            System.out.flush();
            // halt, not exit: the shutdown hook could hang on a half-started server.
            Runtime.getRuntime().halt(server == null ? 2 : 1);
        }
    }

    static Properties brokerProperties(Path logDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        // Single node: every internal topic with one replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("num.partitions", "1");
        // Few threads: two cores are shared with the services and the build.
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "4");
        p.setProperty("background.threads", "2");
        p.setProperty("log.cleaner.threads", "1");
        return p;
    }

    private static void format(Path configFile) {
        String[] formatArgs = {
            "format", "--config", configFile.toString(), "--cluster-id", Uuid.randomUuid().toString()
        };
        // execute(), not main(): main calls System.exit.
        int rc = StorageTool.execute(formatArgs, System.out);
        if (rc != 0) {
            throw new IllegalStateException("kafka storage format failed with exit code " + rc);
        }
    }

    private static void ensureTopics(String bootstrap, Map<String, Integer> topics) throws Exception {
        if (topics.isEmpty()) {
            return;
        }
        Properties p = new Properties();
        p.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            topics.forEach((name, partitions) -> {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, partitions, (short) 1));
                }
            });
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            growPartitions(admin, topics);
            awaitLeaders(admin, topics);
        }
    }

    /** A topic kept from an earlier run with fewer partitions than asked for gets more. */
    private static void growPartitions(Admin admin, Map<String, Integer> topics) throws Exception {
        Map<String, NewPartitions> grow = new LinkedHashMap<>();
        Map<String, TopicDescription> described = admin.describeTopics(topics.keySet()).allTopicNames().get(30, TimeUnit.SECONDS);
        described.forEach((name, d) -> {
            int wanted = topics.get(name);
            if (d.partitions().size() < wanted) {
                grow.put(name, NewPartitions.increaseTo(wanted));
            } else if (d.partitions().size() > wanted) {
                System.out.printf("allywatch-kafka: topic %s has %d partitions, more than the %d asked for; kept%n",
                        name, d.partitions().size(), wanted);
            }
        });
        if (!grow.isEmpty()) {
            admin.createPartitions(grow).all().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * An idempotent producer that sends before every partition has a leader can get
     * NOT_LEADER_OR_FOLLOWER and then endless OUT_OF_ORDER_SEQUENCE_NUMBER retries.
     */
    private static void awaitLeaders(Admin admin, Map<String, Integer> topics) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            Map<String, TopicDescription> described;
            try {
                described = admin.describeTopics(topics.keySet()).allTopicNames().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                described = Map.of(); // UnknownTopicOrPartition until the metadata arrives
            }
            boolean ready = described.size() == topics.size() && described.entrySet().stream().allMatch(e ->
                    e.getValue().partitions().size() >= topics.get(e.getKey())
                            && e.getValue().partitions().stream().allMatch(pi -> pi.leader() != null && pi.leader().id() >= 0));
            if (ready) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topics have no leader on every partition after 60 s: " + described);
            }
            Thread.sleep(50);
        }
    }

    /** The parent holds our stdin open; EOF means it is gone, so we go too. */
    private static void watchStdin() {
        Thread t = new Thread(() -> {
            try {
                InputStream in = System.in;
                byte[] buf = new byte[256];
                while (in.read(buf) >= 0) {
                    // ignore anything written; only EOF matters
                }
            } catch (IOException e) {
                // a broken pipe means the same as EOF
            }
            System.out.println("allywatch-kafka: stdin closed, shutting down");
            System.out.flush();
            System.exit(0);
        }, "stdin-eof-watch");
        t.setDaemon(true);
        t.start();
    }

    /** Parses "name:partitions,name:partitions" in order; blank gives an empty map. */
    static Map<String, Integer> parseTopics(String spec) {
        Map<String, Integer> topics = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return topics;
        }
        for (String item : spec.split(",")) {
            String s = item.trim();
            if (s.isEmpty()) {
                continue;
            }
            int colon = s.lastIndexOf(':');
            String name = colon < 0 ? s : s.substring(0, colon).trim();
            int partitions;
            try {
                partitions = colon < 0 ? 1 : Integer.parseInt(s.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad topic spec '" + s + "': expected name:partitions");
            }
            if (name.isEmpty() || partitions < 1) {
                throw new IllegalArgumentException("bad topic spec '" + s + "': expected name:partitions with partitions >= 1");
            }
            topics.put(name, partitions);
        }
        return topics;
    }

    record Options(Path dataDir, int port, int controllerPort, Map<String, Integer> topics, boolean exitOnStdinEof) {

        static Options parse(String[] args) {
            Path dataDir = null;
            int port = -1;
            int controllerPort = -1;
            Map<String, Integer> topics = Map.of();
            boolean exitOnEof = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
                    case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                    case "--controller-port" -> controllerPort = Integer.parseInt(value(args, ++i, "--controller-port"));
                    case "--topics" -> topics = parseTopics(value(args, ++i, "--topics"));
                    case "--exit-on-stdin-eof" -> exitOnEof = true;
                    default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
                }
            }
            if (dataDir == null || port <= 0 || controllerPort <= 0) {
                throw new IllegalArgumentException(
                        "usage: --data-dir DIR --port N --controller-port N [--topics name:partitions,...] [--exit-on-stdin-eof]");
            }
            return new Options(dataDir, port, controllerPort, topics, exitOnEof);
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args[i];
        }
    }
}

