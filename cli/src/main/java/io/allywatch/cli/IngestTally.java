package io.allywatch.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Running counts, and the reasons for rejections grouped for the summary. */
final class IngestTally {
    static final String NOT_HANDED_OVER = "not handed over: ";

    int accepted;
    int duplicates;
    int nearDuplicates;
    int rejected;
    long skipped;
    /** Rejections because the service could not be reached or had no Kafka or store: those are not "taken". */
    int rejectedUnsent;
    final Map<String, Integer> byReason = new LinkedHashMap<>();
    final Map<String, String> examples = new LinkedHashMap<>();

    synchronized void count(String origin, BatchUpload.Outcome o) {
        switch (o.kind()) {
            case ACCEPTED -> {
                accepted++;
                if (o.nearDuplicateOf() != null) {
                    nearDuplicates++;
                }
            }
            case DUPLICATE -> duplicates++;
            case REJECTED -> reject(origin, o.reason());
        }
    }

    synchronized void reject(String origin, String reason) {
        rejected++;
        if (unsent(reason)) {
            rejectedUnsent++;
        }
        byReason.merge(reason, 1, Integer::sum);
        if (examples.size() < 1000) {
            examples.put(origin, reason);
        }
    }

    boolean unsent(String reason) {
        return reason != null && (reason.startsWith("ingest-service unreachable") || reason.startsWith("the service was unavailable")
                || reason.startsWith("the answer of ingest-service") || reason.startsWith(NOT_HANDED_OVER)
                || reason.contains("Kafka is unavailable") || reason.contains("article store is unavailable") || reason.equals("interrupted") || reason.equals("no answer"));
    }

    synchronized long done() {
        return accepted + duplicates + rejected;
    }

    void print(PrintStream out, int files, double seconds, IngestState state) {
        long done = done();
        out.printf("Ingested from %d file(s): %d accepted, %d duplicate(s), %d rejected%n", files, accepted, duplicates,
                rejected);
        out.printf("  %d article(s) in %.1f s (%.0f/s); %d near-duplicate(s) among the accepted%n", done, seconds,
                done / Math.max(seconds, 1e-3), nearDuplicates);
        if (skipped > 0) {
            out.printf("  skipped %d article(s) an unfinished earlier run had sent (--restart sends them again)%n",
                    skipped);
        }
        if (!byReason.isEmpty()) {
            out.println("  rejected, by reason:");
            byReason.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                    .limit(10).forEach(e -> out.printf("  %7d  %s%n", e.getValue(), e.getKey()));
            examples.entrySet().stream().limit(10)
                    .forEach(e -> out.printf("  rejected %s: %s%n", e.getKey(), e.getValue()));
        }
        if (rejectedUnsent > 0) {
            out.printf("  %d article(s) could not be handed over; run the same command again to go on from %s%n",
                    rejectedUnsent, state.path());
        }
    }
}
