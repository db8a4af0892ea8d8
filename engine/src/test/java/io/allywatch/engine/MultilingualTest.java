package io.allywatch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.Article;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.EventSchemas;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The five languages, read by the same rules with each language's words. */
class MultilingualTest {
    private final ExtractionEngine engine = TestEngines.ENGINE;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr|Le président américain a l'intention de désigner le Pérou comme allié majeur non membre de l'OTAN, a annoncé la Maison Blanche.|PER|INTENDED",
            "es|El presidente de Estados Unidos tiene la intención de designar a Perú como aliado principal extra-OTAN, informó la Casa Blanca.|PER|INTENDED",
            "pt|O presidente americano pretende designar a Colômbia como aliado preferencial extra-OTAN, anunciou a Casa Branca.|COL|INTENDED",
            "de|Die USA haben Kolumbien zum wichtigsten Verbündeten außerhalb der NATO ernannt, teilte das Weiße Haus mit.|COL|DESIGNATED",
            "es|Colombia fue designada aliado principal extra-OTAN por el presidente Joe Biden el mes pasado.|COL|DESIGNATED"})
    void designationInEveryLanguage(String lang, String text, String country, DesignationStage stage) {
        ExtractionResult result = engine.extract(article(text));

        assertThat(result.lang()).isEqualTo(lang);
        assertThat(result.events()).filteredOn(DesignationEvent.class::isInstance).singleElement().satisfies(e -> {
            DesignationEvent d = (DesignationEvent) e;
            assertThat(d.country()).isEqualTo(country);
            assertThat(d.stage()).isEqualTo(stage);
            assertThat(d.evidence().lang()).isEqualTo(lang);
            assertThat(EventSchemas.validateEvent(d)).isEmpty();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Selon des analystes, l'Équateur pourrait devenir un allié majeur non membre de l'OTAN si les négociations aboutissent.",
            "Estados Unidos no designará a Venezuela como aliado principal extra-OTAN, dijo el portavoz del Departamento de Estado.",
            "Os Estados Unidos não vão designar a Venezuela como aliado extra-OTAN, disse um porta-voz nesta segunda-feira.",
            "Experten meinen, Ecuador könnte ein wichtiger Verbündeter außerhalb der NATO werden, falls die Gespräche erfolgreich sind."})
    void hedgesAndNegationsInEveryLanguageGiveNoDesignation(String text) {
        assertThat(engine.extract(article(text)).events()).filteredOn(DesignationEvent.class::isInstance).isEmpty();
    }

    @Test
    void theSameStepInSpanishSharesTheEnglishEventId() {
        String spanish = engine.extract(article("El presidente de Estados Unidos tiene la intención de designar a Perú como aliado principal "
                + "extra-OTAN, informó la Casa Blanca el jueves.")).events().get(0).eventId();
        String english = engine.extract(Seeds.peru000()).events().get(0).eventId();

        assertThat(spanish).isEqualTo(english);
    }

    @Test
    void germanAidInBillionsOfEuroForNextYear() {
        ExtractionResult result = engine.extract(article(
                "Die USA stellen der Ukraine im nächsten Jahr eine Militärhilfe von 1,2 Mrd. Euro bereit, teilte das Pentagon mit."));

        AidEvent aid = (AidEvent) result.events().stream().filter(AidEvent.class::isInstance).findFirst().orElseThrow();
        assertThat(aid.recipient()).isEqualTo("UKR");
        assertThat(aid.donor()).isEqualTo("USA");
        assertThat(aid.amount()).isEqualByComparingTo(new BigDecimal("1200000000"));
        assertThat(aid.currency()).isEqualTo("EUR");
        assertThat(aid.amountUsd()).isNull();
        assertThat(aid.year()).isEqualTo(2025);
        assertThat(aid.status()).isEqualTo(AidEvent.AidStatus.PLANNED);
        assertThat(aid.purpose()).isEqualTo(AidEvent.AidPurpose.MILITARY);
        assertThat(EventSchemas.validateEvent(aid)).isEmpty();
    }

    @Test
    void italianIsReportedAsUnsupported() {
        ExtractionResult result = engine.extract(article(
                "Il presidente degli Stati Uniti intende designare il Perù come alleato principale non NATO, ha annunciato la Casa Bianca."));

        assertThat(result.lang()).isEqualTo("it");
        assertThat(result.outcome()).isEqualTo(ExtractionResult.Outcome.UNREADABLE);
        assertThat(result.reason()).isEqualTo("language it is not supported by extractor " + ExtractionEngine.VERSION
                + " (supported: de, en, es, fr, pt)");
    }

    private static Article article(String text) {
        return new Article(null, null, null, null, Instant.parse("2024-06-12T00:00:00Z"), null, text, null);
    }
}
