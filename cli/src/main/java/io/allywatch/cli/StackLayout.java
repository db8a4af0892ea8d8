package io.allywatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The files of a local stack under its home folder (.allywatch by default). */
record StackLayout(Path home) {

    static StackLayout at(Path home) {
        return new StackLayout(home);
    }

    Path kafkaData() {
        return home.resolve("kafka");
    }

    Path dataDir() {
        return home.resolve("data");
    }

    Path logs() {
        return home.resolve("logs");
    }

    Path log(String component) {
        return logs().resolve(component + ".log");
    }

    Path pidFile(String component) {
        return home.resolve("pids").resolve(component + ".pid");
    }

    Path portsFile() {
        return home.resolve("ports.properties");
    }

    Path apiKeyFile() {
        return home.resolve("api-key");
    }

    /** The key the local stack's services accept for writes; made once, then kept. */
    String apiKey() {
        try {
            Path file = apiKeyFile();
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(home);
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            String key = HexFormat.of().formatHex(bytes);
            Files.writeString(file, key + "\n");
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on file systems without POSIX permissions
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: where the services' packaged apps are. */
    static Path repository() {
        String home = System.getenv("ALLYWATCH_REPO");
        return (home == null ? Path.of("") : Path.of(home)).toAbsolutePath();
    }
}
