package io.allywatch.engine.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|$84 million of aid|84000000|USD",
            "en|US$1.5bn in financing|1500000000|USD",
            "en|$4.5 million for defense|4500000|USD",
            "en|USD 2 billion|2000000000|USD",
            "en|€300m for Kyiv|300000000|EUR",
            "en|40 mln dlrs in military aid|40000000|USD",
            "en|to block dlrs 40 mln in military aid|40000000|USD",
            "en|a 100 mln-dlr aid package|100000000|USD",
            "en|1,500,000 dollars|1500000|USD",
            "es|84 millones de dólares|84000000|USD",
            "es|1.200 millones de dólares|1200000000|USD",
            "es|mil millones de dólares|-|-",
            "fr|4,5 millions de dollars|4500000|USD",
            "fr|300 millions d'euros|300000000|EUR",
            "pt|US$ 50 milhões em ajuda|50000000|USD",
            "pt|R$ 10 milhões|10000000|BRL",
            "de|1,2 Mrd. Euro|1200000000|EUR",
            "de|50 Millionen Dollar|50000000|USD",
            // a comma that groups thousands before a scale, as Latin American outlets write it: three zeros are no decimals
            "es|más de 1,000 millones de dólares|1000000000|USD",
            "es|1,5 millones de euros|1500000|EUR",
            // the Nordic crowns, by the country's adjective where given
            "fr|120 millions de couronnes|120000000|SEK",
            "fr|10 milliards de couronnes norvégiennes|10000000000|NOK",
            "en|500 million Danish kroner|500000000|DKK",
            "de|300 Millionen schwedische Kronen|300000000|SEK",
            // pounds sterling in French
            "fr|3 milliards de livres sterling|3000000000|GBP",
            // the francs CFA as the West and Central African press writes them
            "fr|une valeur de plus de 3,5 milliards FCFA|3500000000|XOF",
            "fr|consacre 21 milliards de F Cfa à la sécurité|21000000000|XOF",
            "fr|atteignent ainsi 790 Mds F Cfa.|790000000000|XOF",
            // compound amounts, the larger scale first
            "fr|des dons de 18 milliards 492 millions de FCFA|18492000000|XOF",
            "es|entrega de 53 millones 100 mil 965 soles|53100965|PEN",
            // European Portuguese "mil milhões", French "mille"
            "pt|cujo montante global é de 1,2 mil milhões de dólares|1200000000|USD",
            "fr|une enveloppe de 255 mille euros|255000|EUR",
            // Swiss francs in German, the sol, the Cape Verdean escudo
            "de|stellt die Schweiz 23 Millionen Franken bereit|23000000|CHF",
            "es|más de 53 millones de soles|53000000|PEN",
            "pt|no valor de 425 milhões de escudos cabo-verdianos|425000000|CVE",
            // a hyphen between the figure and its scale
            "en|a ¥1.1-billion grant|1100000000|JPY",
            // the German and Swiss abbreviations "Mill." and "Mia.", half a million, "eine weitere Million"
            "de|werden 500 Mill. Dollar bereitgestellt|500000000|USD",
            "de|Die Schweiz gibt 1,5 Mia. Franken|1500000000|CHF",
            "de|soll eine halbe Million Euro an Jordanien gehen|500000|EUR",
            "es|donó medio millón de dólares a Haití|500000|USD",
            "en|gave half a million dollars to Haiti|500000|USD",
            "de|Eine weitere Million Euro ist für UNICEF vorgesehen|1000000|EUR"})
    void readsEveryCommonNotation(String lang, String text, String amount, String currency) {
        var found = new MoneyFinder(lang).find(text);
        if (amount.equals("-")) {
            assertThat(found).isEmpty(); // no figure, no amount
            return;
        }
        assertThat(found).hasSize(1);
        assertThat(found.get(0).amount()).isEqualByComparingTo(new BigDecimal(amount));
        assertThat(found.get(0).currency()).isEqualTo(currency);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|in 2012 the 84 delegates", "en|rose 3.5 percent", "de|20.000 Soldaten", "fr|45 000 spectateurs"})
    void numbersWithoutCurrencyAreNoMoney(String lang, String text) {
        assertThat(new MoneyFinder(lang).find(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void amountsNeverOverlap() {
        // the wire form "dlr 10" would otherwise take the end of "100 mln dlr"
        var found = new MoneyFinder("en").find("It sold a 100 mln dlr 10-year note and 250 mln dlr 12.75 pct bonds.");
        assertThat(found).extracting(MoneyMention::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100000000"), new BigDecimal("250000000"));
    }

    private static final java.util.regex.Pattern AID = java.util.regex.Pattern.compile("(?i)\\b(?:ayuda|aid|aide|Hilfe)\\b");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es|Sánchez movilizará 817 millones de ayuda militar a Ucrania|817000000",
            "es|De ese total, 615 millones se enmarcan en el pacto|615000000",
            "es|otros 202 millones para su reconstrucción|202000000",
            "de|weitere 500 Millionen für die Ukraine|500000000",
            "en|another 30 million in aid|30000000"})
    void anAmountWithoutCurrencyTakesTheOneSpoken(String lang, String text, String amount) {
        var found = new MoneyFinder(lang).findWithoutCurrency(text, AID, "EUR");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).amount()).isEqualByComparingTo(new BigDecimal(amount));
        assertThat(found.get(0).currency()).isEqualTo("EUR");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es|donde se encuentran cerca de 1,4 millones de venezolanos",
            "de|das Land mit seinen elf Millionen Einwohnern",
            "de|ein Land mit 11 Millionen Einwohnern",
            "en|some 2 million refugees have fled",
            "de|In Syrien allein brauchen noch immer über 13 Millionen Menschen humanitäre Hilfe",
            "fr|plus de 2 millions de personnes ont besoin d'aide humanitaire",
            "es|84 millones de dólares"})
    void countsAndAmountsWithTheirCurrencyAreNotBareAmounts(String lang, String text) {
        assertThat(new MoneyFinder(lang).findWithoutCurrency(text, AID, "EUR")).isEmpty();
    }
}
