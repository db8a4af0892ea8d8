package io.allywatch.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.engine.ExtractionEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quality can only go up: every figure recorded in eval/baseline.json must still be reached. */
class GoldSetBaselineTest {
    private static final Path EVAL = Path.of("../eval");
    private static final Path CORPUS = Path.of("../../shared/corpus");
    private static List<GoldDocument> docs;
    private static EvalResult result;

    @BeforeAll
    static void evaluate() {
        assumeTrue(Files.isDirectory(CORPUS), "the gold set's corpus documents need ../shared/corpus beside the repository; "
                + "it is absent here, so the baseline cannot be checked");
        docs = GoldSet.load(new GoldSet.Sources(EVAL, Path.of("../seeds"), CORPUS));
        result = new Evaluator(new ExtractionEngine(Clock.fixed(Evaluator.REFERENCE_TIME, ZoneOffset.UTC))).evaluate(docs);
    }

    @Test
    void noFigureDropsBelowTheBaseline() throws IOException {
        JsonNode baseline = new ObjectMapper().readTree(EVAL.resolve("baseline.json").toFile());
        Map<String, Double> now = result.figures();
        List<String> dropped = new ArrayList<>();
        baseline.fields().forEachRemaining(e -> {
            Double value = now.get(e.getKey());
            if (value == null || value < e.getValue().asDouble() - 1e-9) {
                // the test split's figures are read once per engine version, on purpose: a failing run names what dropped, no more
                dropped.add(e.getKey().startsWith("test/") ? e.getKey() + ": below the baseline"
                        : e.getKey() + ": baseline " + e.getValue().asDouble() + ", now " + value);
            }
        });
        assertThat(dropped).as("figures below eval/baseline.json (./allywatch eval --set dev for the development split)").isEmpty();
    }

    @Test
    void theGoldSetIsLargeEnoughAndCoversEveryLanguageAndType() {
        assertThat(docs).hasSizeGreaterThanOrEqualTo(120);
        Map<String, Long> byLanguage = docs.stream().collect(Collectors.groupingBy(GoldDocument::lang, Collectors.counting()));
        assertThat(byLanguage.keySet()).contains("en", "fr", "es", "pt", "de");
        for (String type : List.of("DESIGNATION", "AID", "COOPERATION")) {
            for (String lang : List.of("en", "fr", "es", "pt", "de")) {
                assertThat(docs.stream().filter(d -> lang.equals(d.lang())).flatMap(d -> d.events().stream()).anyMatch(e -> e.type().equals(type)))
                        .as("%s events in %s", type, lang).isTrue();
            }
        }
        assertThat(docs.stream().filter(d -> d.events().isEmpty()).count()).as("hard negatives").isGreaterThanOrEqualTo(40);
    }

    @Test
    void highConfidenceEventsAreRightAtLeastNineTimesInTen() {
        EvalReport written = result.report(EvalSet.WRITTEN);
        assertThat(written.highConfidence().events()).isPositive();
        assertThat(written.highConfidence().accuracy()).as(written.format(false)).isGreaterThanOrEqualTo(0.9);
    }
}
