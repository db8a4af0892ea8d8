package io.allywatch.engine.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryGazetteerTest {
    private final CountryGazetteer gazetteer = CountryGazetteer.standard();

    private List<String> codes(String text) {
        return gazetteer.find(text).stream().map(CountryMention::iso3).toList();
    }

    @Test
    void namesFromTheJdk() {
        assertThat(codes("Peru, Colombia, Saudi Arabia, the United States, Bosnia and Herzegovina, Myanmar and Burma"))
                .containsExactly("PER", "COL", "SAU", "USA", "BIH", "MMR", "MMR");
    }

    @Test
    void aliasesAcronymsCapitalsAndDemonyms() {
        assertThat(codes("U.S. officials in Washington and Lima; the US-Peru accord; Bogotá and Buenos Aires; a Peruvian, an Argentine, an American"))
                .containsExactly("USA", "USA", "PER", "USA", "PER", "COL", "ARG", "PER", "ARG", "USA");
    }

    @Test
    void shortAcronymsAreCaseSensitiveAndWholeWords() {
        assertThat(codes("Tell us about the bus to Peruvia, thus")).isEmpty();
    }

    @Test
    void longerNamesBlockTheCountriesInsideThem() {
        assertThat(codes("Latin America, South America, the Americas, New Mexico, Latin American partners, North and South America"))
                .isEmpty();
        assertThat(codes("Papua New Guinea and Guinea; the Dominican Republic and Dominica")).containsExactly("PNG", "GIN", "DOM", "DMA");
    }

    @Test
    void theGermanNameOfTheDollarIsNoCountry() {
        CountryGazetteer german = CountryGazetteer.forLanguage("de");

        assertThat(german.find("10,65 Millionen US-Dollar für Japan und die US-Armee").stream().map(CountryMention::iso3).toList())
                .containsExactly("JPN", "USA");
    }

    @Test
    void aGermanRegionInOneWordIsItsCountry() {
        CountryGazetteer german = CountryGazetteer.forLanguage("de");

        assertThat(german.find("die Kurden im Nordirak, die Ostukraine, Nordkorea und Südamerika").stream().map(CountryMention::iso3).toList())
                .containsExactly("IRQ", "UKR", "PRK");
    }

    @Test
    void offsetsAndPossessives() {
        String text = "the Trump administration has elevated Peru’s status";
        CountryMention peru = gazetteer.find(text).get(0);

        assertThat(text.substring(peru.start(), peru.end())).isEqualTo("Peru");
        assertThat(codes("PERU AND COLOMBIA")).containsExactly("PER", "COL");
    }
    private static List<String> codes(String lang, String text) {
        return CountryGazetteer.forLanguage(lang).find(text).stream().map(CountryMention::iso3).toList();
    }

    @Test
    void capitalsStandForTheirGovernmentsWithoutTheFalseFriends() {
        assertThat(codes("fr", "Abidjan, Bamako, Niamey, Chisinau et Damas")).containsExactly("CIV", "MLI", "NER", "MDA", "SYR");
        assertThat(codes("de", "Kischinau und Tiflis")).containsExactly("MDA", "GEO");
        // "Damas" is ladies in Spanish and Portuguese, "Colombo" Columbus in Portuguese
        assertThat(codes("es", "las Damas de Blanco")).isEmpty();
        assertThat(codes("pt", "Cristóvão Colombo chegou")).isEmpty();
        assertThat(codes("The minister flew to Colombo and then to Dhaka")).containsExactly("LKA", "BGD");
    }

    @Test
    void spellingsBeyondTheJdksAndDemonymsOfMoreCountries() {
        assertThat(codes("pt", "Egipto, Irão, Vietname, Coréia do Sul e Coréia do Norte")).containsExactly("EGY", "IRN", "VNM", "KOR", "PRK");
        assertThat(codes("de", "Rußland und Weißrussland")).containsExactly("RUS", "BLR");
        assertThat(codes("es", "Costa de Marfil")).containsExactly("CIV");
        assertThat(codes("fr", "les soldats rwandais et l'armée tanzanienne")).containsExactly("RWA", "TZA");
        assertThat(codes("de", "die moldawischen Streitkräfte und die ghanaische Armee")).containsExactly("MDA", "GHA");
        assertThat(codes("es", "el ejército maliense y la policía senegalesa")).containsExactly("MLI", "SEN");
        assertThat(codes("pt", "as forças malianas e o exército senegalês")).containsExactly("MLI", "SEN");
    }

    @Test
    void japansSecurityAssistanceNamesItsGiver() {
        assertThat(codes("the OSA grant")).containsExactly("JPN");
        assertThat(codes("fr", "la subvention OSA")).containsExactly("JPN");
    }
}
