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
    void offsetsAndPossessives() {
        String text = "the Trump administration has elevated Peru’s status";
        CountryMention peru = gazetteer.find(text).get(0);

        assertThat(text.substring(peru.start(), peru.end())).isEqualTo("Peru");
        assertThat(codes("PERU AND COLOMBIA")).containsExactly("PER", "COL");
    }
}
