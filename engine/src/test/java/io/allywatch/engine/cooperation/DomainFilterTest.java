package io.allywatch.engine.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cheap gate before the kind patterns ({@link CooperationExtractor#DOMAIN_FILTER}) must let through every word that
 * makes an agreement, a training or a transfer a defence one ({@link KindCues#qualifiers()}), as articles write it: French
 * "militaire" once did not ("militar" is no part of it), so every "accord de coopération militaire" was dropped unread.
 */
class DomainFilterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|defence defense security military intelligence arms weapons forces troops",
        "fr|défense sécurité militaire militaires armée armes renseignement forces terrorisme antiterroriste",
        "es|defensa seguridad militar militares Armada fuerzas inteligencia armas bélico terrorismo antiterrorista",
        "pt|defesa segurança militar militares forças Exército armas bélico terrorismo",
        "de|Verteidigung Sicherheit Militär militärisch Bundeswehr Streitkräfte Rüstung Waffen Soldaten Geheimdienst"})
    void everyDefenceWordOfTheQualifiersPassesTheGate(String lang, String words) {
        List<String> missed = Arrays.stream(words.split(" ")).filter(w -> !CooperationExtractor.DOMAIN_FILTER.anywhere(w)).toList();

        assertThat(missed).as("defence words of %s the domain gate does not let through", lang).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Quatre hélicoptères livrés par la Russie.",
        "es|Francia entregará otros 12 cañones Caesar a Ucrania.",
        "es|Brasil dona cuatro helicópteros ya desactivados a Paraguay y Uruguay.",
        "pt|A França já cedeu ou vendeu 30 canhões Caesar à Ucrânia.",
        "es|Además, se acordó la venta de casi 300 tanques.",
        "de|Auch die tunesische Nationalgarde wird von Bundespolizisten ausgebildet."})
    void armsAndForcesWrittenWithTheirAccentsPassTheGate(String lang, String sentence) {
        // the gate matches the text as written: "helicop" is not in "helicópteros", "canon" not in "cañones"
        assertThat(CooperationExtractor.DOMAIN_FILTER.anywhere(sentence)).as(sentence).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fr|militaire", "es|armada", "es|belic", "pt|belic"})
    void theQualifiersAreStillThere(String lang, String stem) {
        // the words above stand for these stems: a qualifier dropped from KindCues makes this test say so
        assertThat(KindCues.forLanguage(lang).qualifiers()).contains(stem);
    }
}
