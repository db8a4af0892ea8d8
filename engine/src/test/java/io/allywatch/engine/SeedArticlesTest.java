package io.allywatch.engine;

import static io.allywatch.contract.DesignationStage.DESIGNATED;
import static io.allywatch.contract.DesignationStage.INTENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.AidEvent.AidPurpose;
import io.allywatch.contract.AidEvent.AidScope;
import io.allywatch.contract.AidEvent.AidStatus;
import io.allywatch.contract.Article;
import io.allywatch.contract.CooperationEvent;
import io.allywatch.contract.CooperationEvent.CooperationKind;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.Event;
import io.allywatch.contract.EventSchemas;
import java.math.BigDecimal;
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
    void seed002_aidBreakdownIsOneEventPerAmount() {
        ExtractionResult result = engine.extract(Seeds.peru002());

        assertThat(result.lang()).isEqualTo("en");
        assertThat(result.events()).filteredOn(e -> e instanceof DesignationEvent).isEmpty();
        assertThat(aid(result))
                .extracting(AidEvent::donor, AidEvent::recipient, AidEvent::amount, AidEvent::year, AidEvent::status, AidEvent::purpose)
                .containsExactly(
                        tuple("USA", "PER", new BigDecimal("84000000"), 2012, AidStatus.ACTUAL, AidPurpose.OTHER),
                        tuple("USA", "PER", new BigDecimal("29000000"), 2012, AidStatus.ACTUAL, AidPurpose.COUNTER_NARCOTICS),
                        tuple("USA", "PER", new BigDecimal("4500000"), 2012, AidStatus.ACTUAL, AidPurpose.COUNTER_TERRORISM),
                        tuple("USA", "PER", new BigDecimal("74000000"), 2013, AidStatus.PLANNED, AidPurpose.OTHER));
        assertThat(aid(result).get(0).attributedTo()).isEqualTo("Congressional Research Service");
        assertThat(aid(result).get(3).attributedTo()).isNull();
        assertThat(aid(result)).extracting(AidEvent::currency).containsOnly("USD");
        assertThat(aid(result)).extracting(AidEvent::eventId).doesNotHaveDuplicates();
        // $29M and $4.5M are parts of the $84M: they point to it, and no summary adds them to it
        String total = aid(result).get(0).eventId();
        assertThat(aid(result)).extracting(AidEvent::partOf).containsExactly(null, total, total, null);
        assertThat(aid(result)).extracting(AidEvent::scope).containsOnly(AidScope.MILITARY_SECURITY);
    }

    @Test
    void seed002_defenceCooperation() {
        ExtractionResult result = engine.extract(Seeds.peru002());

        assertThat(cooperation(result)).extracting(CooperationEvent::kind)
                .contains(CooperationKind.MEETING, CooperationKind.AGREEMENT);
        assertThat(cooperation(result)).allSatisfy(e -> assertThat(e.actors()).contains("USA", "PER"));
        assertThat(cooperation(result)).filteredOn(e -> e.kind() == CooperationKind.AGREEMENT).singleElement()
                .satisfies(e -> assertThat(e.evidence().text()).contains("bilateral defense cooperation accord"));
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
    void seed004_frenchCooperationWithoutDesignation() {
        ExtractionResult result = engine.extract(Seeds.french004());

        assertThat(result.lang()).isEqualTo("fr");
        assertThat(result.outcome()).isEqualTo(ExtractionResult.Outcome.EVENTS);
        assertThat(result.events()).filteredOn(e -> e instanceof DesignationEvent).isEmpty();
        assertThat(cooperation(result)).extracting(CooperationEvent::kind).containsExactlyInAnyOrder(
                CooperationKind.MEETING, CooperationKind.TRAINING, CooperationKind.TECH_TRANSFER, CooperationKind.EXERCISE);
        assertThat(cooperation(result)).extracting(CooperationEvent::actors).containsOnly(List.of("PER", "USA"));
        assertThat(cooperation(result).stream().filter(e -> e.kind() == CooperationKind.EXERCISE).findFirst().orElseThrow()
                .evidence().text()).contains("manœuvres militaires communes");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyEventValidatesAndPointsAtItsEvidence(Article article) {
        ExtractionResult result = engine.extract(article);

        assertThat(result.articleId()).isEqualTo(ArticleIds.forText(article.text()));
        for (Event event : result.events()) {
            assertThat(EventSchemas.validateEvent(event)).as(event.toString()).isEmpty();
            assertThat(article.text().substring(event.evidence().start(), event.evidence().end())).isEqualTo(event.evidence().text());
            assertThat(event.evidence().lang()).isEqualTo(result.lang());
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
        return result.events().stream().filter(DesignationEvent.class::isInstance).map(DesignationEvent.class::cast).toList();
    }

    static List<AidEvent> aid(ExtractionResult result) {
        return result.events().stream().filter(AidEvent.class::isInstance).map(AidEvent.class::cast).toList();
    }

    static List<CooperationEvent> cooperation(ExtractionResult result) {
        return result.events().stream().filter(CooperationEvent.class::isInstance).map(CooperationEvent.class::cast).toList();
    }

    static DesignationEvent single(ExtractionResult result, String country, DesignationStage stage) {
        List<DesignationEvent> matching = designations(result).stream()
                .filter(e -> e.country().equals(country) && e.stage() == stage).toList();
        assertThat(matching).as("%s %s in %s", country, stage, result.events()).hasSize(1);
        return matching.get(0);
    }
}
