package io.allywatch.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged {@code allywatch} command as a user runs it, in a process of its own, for the end-to-end tests. */
final class CliProcess {
    static final Path REPO = Path.of(System.getProperty("allywatch.repo", "..")).toAbsolutePath().normalize();
    private static final long TIMEOUT_MINUTES = 5;

    record Result(int exitCode, String output) {
    }

    private CliProcess() {
    }

    /** Runs {@code allywatch args... portArgs...} from the repository root, with {@code env} added to its environment. */
    static Result run(List<String> portArgs, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", REPO.resolve("cli/target/allywatch-cli.jar").toString()));
        command.addAll(List.of(args));
        command.addAll(portArgs);
        ProcessBuilder pb = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true);
        pb.environment().put("ALLYWATCH_REPO", REPO.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("allywatch " + String.join(" ", args) + " did not finish:\n" + out);
        }
        System.out.println(out);
        return new Result(p.exitValue(), out);
    }

    /**
     * Starts {@code allywatch args... portArgs...} without waiting: its standard output and error
     * go to {@code output}, for commands that run while a test does something else (or whose output
     * is data, as {@code extract}'s).
     */
    static Process start(List<String> portArgs, Map<String, String> env, Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", REPO.resolve("cli/target/allywatch-cli.jar").toString()));
        command.addAll(List.of(args));
        command.addAll(portArgs);
        ProcessBuilder pb = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("ALLYWATCH_REPO", REPO.toString());
        pb.environment().putAll(env);
        return pb.start();
    }

    /**
     * Once the stack is down: keeps its logs under target/e2e-logs/{name} (where a failure can be
     * read after the build) and deletes the rest of the temporary --home (broker and database data).
     */
    static void removeHome(Path home, String name) throws IOException {
        Path logs = home.resolve("logs");
        if (Files.isDirectory(logs)) {
            Path kept = Path.of("target", "e2e-logs", name).toAbsolutePath();
            Files.createDirectories(kept);
            try (var files = Files.list(logs)) {
                for (Path log : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (var tree = Files.walk(home)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * One test class's stack: a temporary --home and free ports, passed to every command it runs.
     * {@code name} names the folder its logs are kept in once it is down.
     */
    record Stack(String name, Path home, int kafkaPort, int ingestPort, int extractPort, int queryPort) {
        static Stack onFreePorts(String name) throws IOException {
            return new Stack(name, Files.createTempDirectory("allywatch-e2e-" + name),
                    freePort(), freePort(), freePort(), freePort());
        }

        List<String> args() {
            return List.of("--home", home.toString(), "--kafka-port", String.valueOf(kafkaPort),
                    "--ingest-port", String.valueOf(ingestPort), "--extract-port", String.valueOf(extractPort),
                    "--query-port", String.valueOf(queryPort));
        }

        int port(String service) {
            return switch (service) {
                case "ingest-service" -> ingestPort;
                case "extract-service" -> extractPort;
                case "query-service" -> queryPort;
                default -> throw new IllegalArgumentException(service);
            };
        }

        Result cli(Map<String, String> env, String... args) throws Exception {
            return run(args(), env, args);
        }

        Result cli(String... args) throws Exception {
            return cli(Map.of(), args);
        }

        /** {@code allywatch args...} on this stack, started in the background; see {@link CliProcess#start}. */
        Process start(Map<String, String> env, Path output, String... args) throws IOException {
            return CliProcess.start(args(), env, output, args);
        }

        /** Stops the stack, keeps its logs and deletes the rest of its --home. */
        void down() throws Exception {
            Result down = cli("down");
            if (down.exitCode() != 0) {
                throw new AssertionError("allywatch down failed:\n" + down.output());
            }
            removeHome(home, name);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
