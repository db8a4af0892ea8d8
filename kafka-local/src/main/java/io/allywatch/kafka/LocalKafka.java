package io.allywatch.kafka;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Starts a real Kafka broker ({@link KafkaBrokerMain}) in a JVM of its own, so that none of the
 * broker's jars reach the caller's classpath. Needs nothing but the JDK: the broker's classpath
 * comes from {@code broker.classpath}, written beside this class at build time.
 *
 * <pre>{@code
 * try (LocalKafka kafka = LocalKafka.builder(dir).topics("articles.raw:3").build().start()) {
 *     String bootstrap = kafka.bootstrapServers();
 * }
 * }</pre>
 */
public final class LocalKafka implements AutoCloseable {

    public static final String DEFAULT_HEAP = "-Xmx512m";
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(90);
    public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(20);
    private static final String MAIN_CLASS = KafkaBrokerMain.class.getName();
    private static final String HOST = "127.0.0.1";
    private static final int LOG_TAIL_LINES = 40;

    private final Path dataDir;
    private final int requestedPort;
    private final int requestedControllerPort;
    private final Map<String, Integer> topics;
    private final String heap;
    private final List<String> jvmOptions;
    private final Path logFile;
    private final String javaExecutable;
    private final boolean tiedToParent;
    private final Duration startTimeout;

    private Process process;
    private ProcessHandle handle;
    private OutputStream tie;
    private int port;
    private int controllerPort;

    private LocalKafka(Builder b) {
        this.dataDir = b.dataDir.toAbsolutePath();
        this.requestedPort = b.port;
        this.requestedControllerPort = b.controllerPort;
        this.topics = Collections.unmodifiableMap(new LinkedHashMap<>(b.topics)); // order kept
        this.heap = b.heap;
        this.jvmOptions = List.copyOf(b.jvmOptions);
        this.logFile = (b.logFile != null ? b.logFile : dataDir.resolve("broker.log")).toAbsolutePath();
        this.javaExecutable = b.javaExecutable != null ? b.javaExecutable : defaultJava();
        this.tiedToParent = b.tiedToParent;
        this.startTimeout = b.startTimeout;
    }

    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    /**
     * Spawns the broker and waits until it prints its ready line.
     *
     * @throws IllegalStateException if a port is taken, the broker dies or it is not ready in time
     *     (the message holds the log file's path and its last lines)
     */
    public synchronized LocalKafka start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already started, pid " + process.pid());
        }
        port = requestedPort == 0 ? freePort() : checkPortFree(requestedPort, "Kafka port");
        controllerPort = requestedControllerPort == 0 ? freePort(port) : checkPortFree(requestedControllerPort, "Kafka controller port");
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.getParent());
            long logOffset = Files.exists(logFile) ? Files.size(logFile) : 0L;

            ProcessBuilder pb = new ProcessBuilder(command());
            // Classpath through the environment, not -cp: Linux shows the JDK (ProcessHandle.Info)
            // no arguments of a command line over one page (4 KB), and stopPid needs to see them.
            pb.environment().put("CLASSPATH", brokerClasspath());
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            if (!tiedToParent) {
                pb.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            }
            long t0 = System.nanoTime();
            process = pb.start();
            handle = process.toHandle();
            if (tiedToParent) {
                tie = process.getOutputStream(); // kept open: its EOF tells the broker to stop
            } else {
                process.getOutputStream().close();
            }
            awaitReady(logOffset, t0);
            return this;
        } catch (IOException e) {
            killQuietly();
            throw new UncheckedIOException("could not start the Kafka broker (log: " + logFile + ")", e);
        } catch (RuntimeException e) {
            killQuietly();
            throw e;
        }
    }

    private void awaitReady(long logOffset, long t0) throws IOException {
        String marker = KafkaBrokerMain.READY_PREFIX + HOST + ":" + port;
        long deadline = t0 + startTimeout.toNanos();
        while (true) {
            String fresh = readFrom(logFile, logOffset);
            if (fresh.contains(marker)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited with code " + process.exitValue()
                        + " before it was ready; log " + logFile + ", last lines:\n" + tail(fresh));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Kafka broker not ready after " + startTimeout.toSeconds()
                        + " s; log " + logFile + ", last lines:\n" + tail(fresh));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
            }
        }
    }

    List<String> command() {
        List<String> cmd = new ArrayList<>();
        // Detached from the terminal's session so that Ctrl-C in the CLI does not reach it.
        // setsid only forks when the caller leads a process group, which a child of the JVM does not,
        // so the pid we get stays the broker's.
        if (!tiedToParent && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            cmd.add("/usr/bin/setsid");
        }
        cmd.add(javaExecutable);
        if (heap != null && !heap.isBlank()) {
            cmd.add(heap);
        }
        cmd.add("-Xms32m"); // the default initial heap (1/64 of RAM) costs ~60 MB resident for nothing
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dlog4j2.configurationFile=io/allywatch/kafka/broker-log4j2.xml");
        // Kafka's own shutdown hook logs; log4j's hook would stop logging before it.
        cmd.add("-Dlog4j.shutdownHookEnabled=false");
        cmd.addAll(jvmOptions);
        cmd.add(MAIN_CLASS);
        cmd.add("--data-dir");
        cmd.add(dataDir.toString());
        cmd.add("--port");
        cmd.add(Integer.toString(port));
        cmd.add("--controller-port");
        cmd.add(Integer.toString(controllerPort));
        if (!topics.isEmpty()) {
            cmd.add("--topics");
            cmd.add(topics.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(",")));
        }
        if (tiedToParent) {
            cmd.add("--exit-on-stdin-eof");
        }
        return cmd;
    }

    /** "127.0.0.1:port" of the running broker. */
    public String bootstrapServers() {
        if (port == 0) {
            throw new IllegalStateException("not started");
        }
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    /** Process id of the broker JVM (store it to stop a detached broker later with {@link #stopPid}). */
    public long pid() {
        if (handle == null) {
            throw new IllegalStateException("not started");
        }
        return handle.pid();
    }

    public boolean isAlive() {
        return handle != null && handle.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Map<String, Integer> topics() {
        return topics;
    }

    /**
     * Stops the broker gracefully (closes its stdin when tied, else SIGTERM), waits up to
     * {@link #DEFAULT_STOP_GRACE}, then kills it. Does nothing when it is not running.
     */
    public synchronized void stop() {
        if (handle == null) {
            return;
        }
        if (tie != null) {
            try {
                tie.close();
            } catch (IOException ignored) {
                // already closed: the broker sees EOF either way
            }
            tie = null;
            if (!ProcessStopper.awaitExit(handle, DEFAULT_STOP_GRACE)) {
                ProcessStopper.kill(handle);
            }
        } else {
            ProcessStopper.stop(handle, DEFAULT_STOP_GRACE);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Stops a broker started earlier (e.g. by a previous CLI run) by its pid: SIGTERM, then a kill
     * after {@code grace}. Refuses a pid whose command line is visibly not a {@link KafkaBrokerMain}
     * (the pid may have been reused).
     *
     * @return true when no such broker runs any more
     */
    public static boolean stopPid(long pid, Duration grace) {
        Optional<ProcessHandle> found = ProcessHandle.of(pid);
        if (found.isEmpty() || !found.get().isAlive()) {
            return true;
        }
        ProcessHandle h = found.get();
        Optional<String[]> args = h.info().arguments();
        if (args.isPresent() && Arrays.stream(args.get()).noneMatch(MAIN_CLASS::equals)) {
            return false; // not ours
        }
        return ProcessStopper.stop(h, grace);
    }

    /** True when a process with this pid runs {@link KafkaBrokerMain} (or its arguments cannot be read). */
    public static boolean isBrokerPid(long pid) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(h -> h.info().arguments().map(a -> Arrays.asList(a).contains(MAIN_CLASS)).orElse(true))
                .orElse(false);
    }

    private void killQuietly() {
        if (handle != null && handle.isAlive()) {
            ProcessStopper.kill(handle);
        }
        if (tie != null) {
            try {
                tie.close();
            } catch (IOException ignored) {
                // nothing left to tell
            }
            tie = null;
        }
    }

    // ---- classpath ----

    /** The broker's jars (from the build) plus where this class itself lives. */
    static String brokerClasspath() {
        String deps;
        try (InputStream in = LocalKafka.class.getResourceAsStream("broker.classpath")) {
            if (in == null) {
                throw new IllegalStateException("io/allywatch/kafka/broker.classpath is missing: build the kafka-local module"
                        + " (./mvnw -f kafka-local/pom.xml install)");
            }
            deps = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> entries = new ArrayList<>();
        entries.add(ownLocation().toString());
        for (String entry : deps.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            if (!Files.exists(Path.of(entry))) {
                throw new IllegalStateException("broker classpath entry " + entry + " does not exist: the local Maven"
                        + " repository changed since kafka-local was built; rebuild it (./mvnw -f kafka-local/pom.xml install)");
            }
            entries.add(entry);
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The classes folder or jar this class was loaded from (found via its .class resource). */
    static Path ownLocation() {
        String resource = LocalKafka.class.getName().replace('.', '/') + ".class";
        URL url = LocalKafka.class.getClassLoader() != null
                ? LocalKafka.class.getClassLoader().getResource(resource)
                : ClassLoader.getSystemResource(resource);
        try {
            if (url != null && "jar".equals(url.getProtocol())) {
                String s = url.toString(); // jar:file:/x/y.jar!/io/...
                return Paths.get(new java.net.URI(s.substring(4, s.indexOf("!/"))));
            }
            if (url != null && "file".equals(url.getProtocol())) {
                Path p = Paths.get(url.toURI());
                for (int i = 0; i < resource.split("/").length; i++) {
                    p = p.getParent();
                }
                return p;
            }
            // e.g. a custom class loader: fall back to the protection domain
            URL src = LocalKafka.class.getProtectionDomain().getCodeSource().getLocation();
            return Paths.get(src.toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot tell where " + LocalKafka.class.getName() + " was loaded from (" + url + ")", e);
        }
    }

    // ---- ports, files ----

    private static int freePort(int... avoid) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket s = new ServerSocket()) {
                s.setReuseAddress(false);
                s.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
                int p = s.getLocalPort();
                if (Arrays.stream(avoid).noneMatch(a -> a == p)) {
                    return p;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot find a free port on " + HOST, e);
            }
        }
        throw new IllegalStateException("cannot find a free port on " + HOST);
    }

    private static int checkPortFree(int port, String what) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(what + " out of range: " + port);
        }
        try (ServerSocket s = new ServerSocket()) {
            // SO_REUSEADDR, as the broker's own listener has it (NIO server sockets on Linux): a port
            // another process listens on still fails here, while one whose last broker just stopped
            // (its connections in TIME_WAIT) is free for a restart, which the broker would get too.
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
        } catch (IOException e) {
            throw new IllegalStateException(what + " " + HOST + ":" + port
                    + " is already in use (another broker still running?): " + e.getMessage(), e);
        }
        return port;
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String defaultJava() {
        Path fromHome = Path.of(System.getProperty("java.home"), "bin", "java");
        if (Files.isExecutable(fromHome)) {
            return fromHome.toString();
        }
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String readFrom(Path file, long offset) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            if (len <= offset) {
                return "";
            }
            // Only the last 1 MB matters; a broker's start writes far less.
            long from = Math.max(offset, len - (1 << 20));
            byte[] buf = new byte[(int) (len - from)];
            raf.seek(from);
            raf.readFully(buf);
            return new String(buf, StandardCharsets.UTF_8);
        }
    }

    static String tail(String text) {
        String[] lines = text.split("\\R");
        int from = Math.max(0, lines.length - LOG_TAIL_LINES);
        return String.join("\n", Arrays.asList(lines).subList(from, lines.length));
    }

    @Override
    public String toString() {
        return "LocalKafka[" + (port == 0 ? "not started" : bootstrapServers()) + ", data " + dataDir + "]";
    }

    /** Settings of a {@link LocalKafka}; every one but the data folder has a default. */
    public static final class Builder {
        private final Path dataDir;
        private int port;
        private int controllerPort;
        private final Map<String, Integer> topics = new LinkedHashMap<>();
        private String heap = DEFAULT_HEAP;
        private final List<String> jvmOptions = new ArrayList<>();
        private Path logFile;
        private String javaExecutable;
        private boolean tiedToParent = true;
        private Duration startTimeout = DEFAULT_START_TIMEOUT;

        private Builder(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        }

        /** Client port on 127.0.0.1; 0 (default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** KRaft controller port on 127.0.0.1; 0 (default) picks a free one at each start. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        /** Topics created when missing (name to partition count), in order. */
        public Builder topics(Map<String, Integer> topics) {
            topics.forEach(this::topic);
            return this;
        }

        /** Topics as "name:partitions" items, each item possibly a comma-separated list. */
        public Builder topics(String... specs) {
            for (String spec : specs) {
                KafkaBrokerMain.parseTopics(spec).forEach(this::topic);
            }
            return this;
        }

        public Builder topic(String name, int partitions) {
            if (name == null || name.isBlank() || name.contains(",") || partitions < 1) {
                throw new IllegalArgumentException("bad topic " + name + ":" + partitions);
            }
            topics.put(name, partitions);
            return this;
        }

        /** Max heap option, default {@value LocalKafka#DEFAULT_HEAP}; null or blank for the JVM's default. */
        public Builder heap(String heap) {
            this.heap = heap;
            return this;
        }

        /** More options for the broker JVM (after heap, -Xms32m and -XX:+UseSerialGC, so they win). */
        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        /** Where the broker's stdout and stderr are appended; default {@code dataDir/broker.log}. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** The java command; default this JVM's {@code java.home/bin/java}. */
        public Builder javaExecutable(String javaExecutable) {
            this.javaExecutable = javaExecutable;
            return this;
        }

        /**
         * True (default): the broker stops when this JVM goes away (it watches a pipe to us).
         * False: it outlives us, with stdin from the null device, in a session of its own.
         */
        public Builder tiedToParent(boolean tiedToParent) {
            this.tiedToParent = tiedToParent;
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout);
            return this;
        }

        public LocalKafka build() {
            if (port < 0 || port > 65535 || controllerPort < 0 || controllerPort > 65535) {
                throw new IllegalArgumentException("ports must be 0..65535");
            }
            if (port != 0 && port == controllerPort) {
                throw new IllegalArgumentException("port and controller port must differ: " + port);
            }
            return new LocalKafka(this);
        }

        /** Shorthand for {@code build().start()}. */
        public LocalKafka start() {
            return build().start();
        }
    }
}
