package io.allywatch.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Article;
import io.allywatch.engine.ExtractionEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every expression the engine puts behind a scan of its beginnings answers exactly as the expression
 * alone, on every sentence of the evaluation texts in the repository (news paraphrases and written
 * articles in five languages). The engine reads them all first, so that every filtered expression it
 * uses has been made.
 */
class PrefilteredOnRealTextTest {
    private static final Path EVAL = Path.of("..", "eval");

    @Test
    void aScanNeverHidesAMatch() throws IOException {
        List<String> texts = texts();
        ExtractionEngine engine = new ExtractionEngine();
        for (String text : texts) {
            engine.extract(new Article(null, null, null, null, null, null, text, null));
        }
        List<String> sentences = texts.stream().flatMap(t -> Stream.of(t.split("(?<=[.!?])\\s+|\\n+"))).toList();
        assertThat(sentences.size()).as("sentences read").isGreaterThan(2500);

        Collection<Prefiltered> made = Prefiltered.made();
        assertThat(made.size()).as("filtered expressions the engine used").isGreaterThan(30);
        assertThat(made.stream().filter(Prefiltered::filtered).count()).as("of them with a scan in use").isGreaterThan(made.size() / 2);
        long found = 0;
        for (Prefiltered p : made) {
            for (String s : sentences) {
                boolean expected = p.pattern().matcher(s).find();
                assertThat(p.find(s)).as("%s on: %s", p.pattern().pattern(), s).isEqualTo(expected);
                found += expected ? 1 : 0;
            }
        }
        assertThat(found).as("sentences the expressions find").isGreaterThan(2000);
    }

    private static List<String> texts() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        List<Path> files = new ArrayList<>(List.of(EVAL.resolve("written.jsonl")));
        try (Stream<Path> real = Files.list(EVAL.resolve("real"))) {
            real.filter(f -> f.getFileName().toString().startsWith("pages-")).sorted().forEach(files::add);
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                JsonNode text = line.isBlank() ? null : json.readTree(line).get("text");
                if (text != null) {
                    out.add(text.asText());
                }
            }
        }
        return out;
    }
}
