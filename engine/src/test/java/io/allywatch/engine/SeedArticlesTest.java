package io.allywatch.engine;

import static io.allywatch.contract.DesignationStage.DESIGNATED;
import static io.allywatch.contract.DesignationStage.INTENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.allywatch.contract.Article;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.Event;
import io.allywatch.contract.EventSchemas;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SeedArticlesTest {
    private final ExtractionEngine engine = TestEngines.ENGINE;

    static Stream<Article> seeds() {
        return Stream.of(Seeds.peru000(), Seeds.peru001(), Seeds.peru002(), Seeds.colombia003(), Seeds.french004());
    }

    @Test
    void seed000_trumpIntendsToDesignatePeru() {
        ExtractionResult result = engine.extract(Seeds.peru000());

        assertThat(result.lang()).isEqualTo("en");
        assertThat(result.reason()).isNull();
        assertThat(result.outcome()).isEqualTo(ExtractionResult.Outcome.EVENTS);
        DesignationEvent peru = single(result, "PER", INTENDED);
        assertThat(peru.evidence().text()).startsWith("US President Donald Trump intends to designate Peru as a major non-NATO ally");
        assertThat(peru.confidence()).isGreaterThanOrEqualTo(0.85);
        assertThat(peru.historical()).isFalse();
        assertThat(designations(result)).extracting(DesignationEvent::country).doesNotContain("VEN", "USA");
        // Whatever else is read, it is never a wrong stage for Peru.
        assertThat(designations(result)).filteredOn(e -> e.country().equals("PER")).extracting(DesignationEvent::stage).containsOnly(INTENDED);
    }

    @Test
    void seed000_saudiArabiaGotTheSameStatus() {
        ExtractionResult result = engine.extract(Seeds.peru000());

        DesignationEvent saudi = single(result, "SAU", DESIGNATED);
        assertThat(saudi.evidence().text()).contains("affording the same status to Saudi Arabia");
        assertThat(saudi.confidence()).isLessThan(single(result, "PER", INTENDED).confidence());
    }

    @Test
    void seed001_contradictsItself_intendedAndDesignated() {
        ExtractionResult result = engine.extract(Seeds.peru001());

        assertThat(designations(result)).extracting(DesignationEvent::country, DesignationEvent::stage)
                .containsExactlyInAnyOrder(tuple("PER", INTENDED), tuple("PER", DESIGNATED));
        assertThat(single(result, "PER", INTENDED).evidence().text())
                .contains("is expected to designate Peru as a Major Non-NATO Ally (MNNA)");
        DesignationEvent designated = single(result, "PER", DESIGNATED);
        assertThat(designated.evidence().text()).contains("has elevated Peru’s status to that of a major non-NATO ally");
        assertThat(designated.publishedAt()).isNull();
        assertThat(designated.date()).isNull();
        assertThat(designated.eventId()).isNotEqualTo(single(result, "PER", INTENDED).eventId());
    }

    @Test
    void seed002_isAboutAidNotDesignation() {
        ExtractionResult result = engine.extract(Seeds.peru002());

        assertThat(result.lang()).isEqualTo("en");
        assertThat(result.events()).isEmpty();
        assertThat(result.reason()).isEqualTo("no MNNA mention");
        assertThat(result.outcome()).isEqualTo(ExtractionResult.Outcome.NO_EVENTS);
    }

    @Test
    void seed003_colombiaIntended_argentinaAndBrazilHistorical() {
        ExtractionResult result = engine.extract(Seeds.colombia003());

        assertThat(designations(result))
                .extracting(DesignationEvent::country, DesignationEvent::stage, DesignationEvent::date, DesignationEvent::historical)
                .containsExactlyInAnyOrder(
                        tuple("COL", INTENDED, "2022-03-10", false),
                        tuple("ARG", DESIGNATED, "1998", true),
                        tuple("BRA", DESIGNATED, "2019", true));
        assertThat(single(result, "COL", INTENDED).evidence().text())
                .startsWith("President Joe Biden told Colombian President Ivan Duque on Thursday he plans to designate Colombia");
        assertThat(single(result, "ARG", DESIGNATED).evidence().text()).isEqualTo("Argentina gained this status in 1998 and Brazil in 2019.");
    }

    @Test
    void seed004_frenchIsNotSupportedYet() {
        ExtractionResult result = engine.extract(Seeds.french004());

        assertThat(result.lang()).isEqualTo("fr");
        assertThat(result.events()).isEmpty();
        assertThat(result.reason()).isEqualTo("language fr is not supported by extractor 0.1.0 (supported: en)");
        assertThat(result.outcome()).isEqualTo(ExtractionResult.Outcome.UNREADABLE);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyEventValidatesAndPointsAtItsEvidence(Article article) {
        ExtractionResult result = engine.extract(article);

        assertThat(result.articleId()).isEqualTo(ArticleIds.forText(article.text()));
        for (Event event : result.events()) {
            assertThat(EventSchemas.validateEvent(event)).as(event.toString()).isEmpty();
            assertThat(article.text().substring(event.evidence().start(), event.evidence().end())).isEqualTo(event.evidence().text());
            assertThat(event.evidence().lang()).isEqualTo("en");
            assertThat(event.articleId()).isEqualTo(result.articleId());
            assertThat(event.extractedAt()).isEqualTo(TestEngines.NOW);
            assertThat(event.extractorVersion()).isEqualTo(ExtractionEngine.VERSION);
            assertThat(event.publishedAt()).isEqualTo(article.publishedAt());
            assertThat(event.confidence()).isBetween(0.0, 1.0);
        }
        assertThat(result.events()).extracting(Event::mentionId).doesNotHaveDuplicates();
        assertThat(result.reason() == null).isEqualTo(!result.events().isEmpty());
    }

    @Test
    void theSameStepReportedByTwoArticlesIsOneEvent() {
        DesignationEvent from000 = single(engine.extract(Seeds.peru000()), "PER", INTENDED);
        DesignationEvent from001 = single(engine.extract(Seeds.peru001()), "PER", INTENDED);

        assertThat(from000.eventId()).isEqualTo(from001.eventId())
                .isEqualTo("e-" + ArticleIds.sha256Hex("DESIGNATION|PER|MNNA|INTENDED", 12));
        assertThat(from000.mentionId()).isNotEqualTo(from001.mentionId());
        assertThat(from000.mentionId()).isEqualTo("m-" + ArticleIds.sha256Hex(from000.eventId() + "|" + from000.articleId(), 12));
    }

    @Test
    void extractionIsRepeatable() {
        assertThat(engine.extract(Seeds.colombia003())).isEqualTo(engine.extract(Seeds.colombia003()));
    }

    @Test
    void theArticleIdIsKeptWhenGiven() {
        ExtractionResult result = engine.extract(Seeds.peru000().withId("a-given"));

        assertThat(result.articleId()).isEqualTo("a-given");
        assertThat(result.events()).extracting(Event::articleId).containsOnly("a-given");
    }

    static List<DesignationEvent> designations(ExtractionResult result) {
        return result.events().stream().map(DesignationEvent.class::cast).toList();
    }

    static DesignationEvent single(ExtractionResult result, String country, DesignationStage stage) {
        List<DesignationEvent> matching = designations(result).stream()
                .filter(e -> e.country().equals(country) && e.stage() == stage).toList();
        assertThat(matching).as("%s %s in %s", country, stage, result.events()).hasSize(1);
        return matching.get(0);
    }
}
