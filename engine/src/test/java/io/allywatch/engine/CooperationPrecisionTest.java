package io.allywatch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.Article;
import io.allywatch.contract.CooperationEvent;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences from real reporting that look like cooperation and are not, with the designation cases found beside them. */
class CooperationPrecisionTest {
    private final ExtractionEngine engine = TestEngines.ENGINE;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // one country's own exercise aimed at another is no cooperation
            "fr|Après les vastes manœuvres militaires lancées par la Chine en riposte à la visite à Taipei de la présidente de la Chambre, le projet a avancé.",
            "pt|Em agosto, a visita de Nancy Pelosi já tinha desencadeado intensos exercícios militares chineses em torno de Taiwan.",
            // what the status would make possible
            "pt|Com o status, fica mais simples adquirir dos EUA tecnologia militar e armamentos, além de outras vantagens.",
            // "traf" as arriving, a sports fixture: no meeting
            "de|Unmittelbar nach ihrer Ankunft traf ein Boot voller Flüchtlinge aus der Türkei an einem Strand in Griechenland ein.",
            "en|Italy coach John Kirwan has challenged his side to match the performance they produced against Ireland when they meet Wales on Saturday.",
            // countries named near a meeting word, but nobody of theirs met
            "en|U.S. crude oil prices are at their highest level in more than a year ahead of next week's OPEC meeting, even though analysts expect Iran to keep output steady."})
    void noCooperation(String lang, String text) {
        assertThat(events(text, lang, CooperationEvent.class)).as(text).isEmpty();
    }

    @Test
    void aSingleCountryNamedAmongTheHoldersHoldsTheStatus() {
        List<DesignationEvent> found = events(
                "Outros 17 países têm hoje o status de aliado preferencial fora da Otan, entre eles a Argentina (desde 1998).", "pt",
                DesignationEvent.class);
        assertThat(found).extracting(DesignationEvent::country, DesignationEvent::stage).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ARG", DesignationStage.DESIGNATED));
    }

    @Test
    void germanNegationReachesTheVerbAtTheEnd() {
        assertThat(events("Die USA wollen Venezuela nicht zum Verbündeten außerhalb der NATO erklären, sagte ein Sprecher.", "de",
                DesignationEvent.class)).isEmpty();
    }

    @Test
    void aCountrysAmbassadorSpeakingIsNoStepForIt() {
        assertThat(events("Ukraine's ambassador to the U.S., Oksana Markarova, said the MNNA status suits countries that do not intend to, "
                + "or cannot, join the North Atlantic Alliance, whereas Ukraine has chosen NATO membership.", "en", DesignationEvent.class)).isEmpty();
    }

    private <T> List<T> events(String text, String lang, Class<T> type) {
        return engine.extract(new Article(null, null, null, null, Instant.parse("2025-11-18T10:00:00Z"), lang, text, null)).events().stream()
                .filter(type::isInstance).map(type::cast).toList();
    }
}
