package io.allywatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a service's JVM flags from its {@code deploy/base/<service>/jvm.env}, the Kustomize env file
 * its Kubernetes ConfigMap is made from ({@code JAVA_OPTS_APPEND=…}), so a local stack runs the
 * services with exactly the flags the cluster does.
 */
final class JvmOptionsFile {
    static final String KEY = "JAVA_OPTS_APPEND";

    private JvmOptionsFile() {
    }

    /**
     * @param heap replaces the file's {@code -Xmx} flag when not null (a smaller or larger stack)
     * @throws IllegalStateException when the file has no {@code JAVA_OPTS_APPEND} line
     */
    static List<String> read(Path file, String heap) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JVM flags in " + file, e);
        }
        return parse(lines, heap).orElseThrow(() -> new IllegalStateException(file + " has no " + KEY + "= line"));
    }

    static java.util.Optional<List<String>> parse(List<String> lines, String heap) {
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith(KEY + "=")) {
                List<String> flags = new ArrayList<>();
                for (String flag : t.substring(KEY.length() + 1).strip().split("\\s+")) {
                    if (flag.isEmpty()) {
                        continue;
                    }
                    flags.add(heap != null && flag.startsWith("-Xmx") ? heap : flag);
                }
                return java.util.Optional.of(flags);
            }
        }
        return java.util.Optional.empty();
    }
}
