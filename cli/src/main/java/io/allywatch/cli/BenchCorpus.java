package io.allywatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.ContractJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The corpus articles a bench run sends: the {@code .jsonl} files under the corpus folder, taken round
 * robin (so a slice mixes every source and language) up to a limit. Written to a scratch file outside
 * the repository for the upload (the corpus is research-only: it never enters the repository), and
 * kept in memory as key and value bytes for the raw round trip.
 */
record BenchCorpus(List<String> lines) {
    private static final ObjectMapper JSON = ContractJson.mapper();

    static BenchCorpus read(Path folder, int limit) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no .jsonl files under " + folder + " (the shared corpus: --corpus PATH)");
        }
        List<BufferedReader> readers = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try {
            for (Path f : files) {
                readers.add(Files.newBufferedReader(f, StandardCharsets.UTF_8));
            }
            boolean any = true;
            while (any && lines.size() < limit) {
                any = false;
                for (BufferedReader r : readers) {
                    String line = r.readLine();
                    while (line != null && line.isBlank()) {
                        line = r.readLine();
                    }
                    if (line != null && lines.size() < limit) {
                        lines.add(line);
                        any = true;
                    }
                }
            }
        } finally {
            for (BufferedReader r : readers) {
                r.close();
            }
        }
        return new BenchCorpus(lines);
    }

    Path writeTo(Path file) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** Each article keyed by its corpus id, its line as the value: about what articles.raw carries. */
    List<RawRoundTrip.Item> records() throws IOException {
        List<RawRoundTrip.Item> items = new ArrayList<>(lines.size());
        for (String line : lines) {
            String id = JSON.readTree(line).path("id").asText("");
            items.add(new RawRoundTrip.Item(id.getBytes(StandardCharsets.UTF_8), line.getBytes(StandardCharsets.UTF_8)));
        }
        return items;
    }
}
