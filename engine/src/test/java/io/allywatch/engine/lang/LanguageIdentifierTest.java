package io.allywatch.engine.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    @Test
    void identifiesCommonNewsLanguagesAsIso6391() {
        assertThat(IDENTIFIER.identify("The United States and Peru are boosting their military ties as they work to step up joint efforts."))
                .contains("en");
        assertThat(IDENTIFIER.identify("Le ministre américain de la Défense a mis en garde contre la Chine comme un danger pour la région."))
                .contains("fr");
        assertThat(IDENTIFIER.identify("El presidente de Estados Unidos designará a Perú como aliado principal fuera de la OTAN."))
                .contains("es");
    }

    @Test
    void tooFewLettersIsNoLanguage() {
        assertThat(IDENTIFIER.identify("12 34 56 -- !!")).isEmpty();
        assertThat(IDENTIFIER.identify(null)).isEmpty();
    }
}
