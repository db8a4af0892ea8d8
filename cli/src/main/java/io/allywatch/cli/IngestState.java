package io.allywatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an unfinished {@code ingest} run has handed over, per file: how many of its articles got an
 * answer from the service. A run that is stopped (Ctrl-C, crash, the service gone) leaves it
 * behind, and the next run over the same, unchanged file starts after them. A run that finishes
 * clears its files' entries, so running again asks the service about every article (and it
 * answers "duplicate"). A file whose size or modification time changed starts from the beginning.
 * Format: one line per file, {@code size<TAB>mtimeMillis<TAB>done<TAB>absolutePath}.
 */
final class IngestState {
    private final Path file;
    private final Map<Path, Entry> entries = new LinkedHashMap<>();

    private record Entry(long size, long modified, long done) {
    }

    private IngestState(Path file) {
        this.file = file;
    }

    static IngestState load(Path file) {
        IngestState state = new IngestState(file);
        if (!Files.exists(file)) {
            return state;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 4);
                if (parts.length == 4) {
                    state.entries.put(Path.of(parts[3]), new Entry(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                            Long.parseLong(parts[2])));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // a damaged state file only costs a full run: the service still refuses duplicates
            state.entries.clear();
        }
        return state;
    }

    Path path() {
        return file;
    }

    /** Articles of this file answered by an earlier, unfinished run (0 if none or the file changed). */
    synchronized long done(Path articleFile) {
        Entry e = entries.get(key(articleFile));
        if (e == null) {
            return 0;
        }
        long[] now = signature(articleFile);
        return now[0] == e.size() && now[1] == e.modified() ? e.done() : 0;
    }

    synchronized void advance(Path articleFile, long done) {
        long[] sig = signature(articleFile);
        Entry old = entries.get(key(articleFile));
        if (old == null || old.done() < done || old.size() != sig[0] || old.modified() != sig[1]) {
            entries.put(key(articleFile), new Entry(sig[0], sig[1], done));
        }
    }

    synchronized void clearAll() {
        entries.clear();
    }

    synchronized void finished(Path articleFile) {
        entries.remove(key(articleFile));
    }

    /** Written to a temporary file and moved into place, so a crash never leaves half a state. */
    synchronized void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (entries.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            StringBuilder out = new StringBuilder();
            entries.forEach((p, e) -> out.append(e.size()).append('\t').append(e.modified()).append('\t')
                    .append(e.done()).append('\t').append(p).append('\n'));
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, out, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ingest state " + file, e);
        }
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private static long[] signature(Path p) {
        try {
            return new long[] {Files.size(p), Files.getLastModifiedTime(p).toMillis()};
        } catch (IOException e) {
            return new long[] {-1, -1};
        }
    }
}
