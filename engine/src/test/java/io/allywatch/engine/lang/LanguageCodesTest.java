package io.allywatch.engine.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCodesTest {

    @Test
    void threeLetterCodesBecomeTwoLetterOnes() {
        assertThat(LanguageCodes.normalize("eng")).isEqualTo("en");
        assertThat(LanguageCodes.normalize("fra")).isEqualTo("fr");
        assertThat(LanguageCodes.normalize("fre")).isEqualTo("fr");
        assertThat(LanguageCodes.normalize("spa")).isEqualTo("es");
        assertThat(LanguageCodes.normalize("por")).isEqualTo("pt");
        assertThat(LanguageCodes.normalize("deu")).isEqualTo("de");
        assertThat(LanguageCodes.normalize("cmn")).isEqualTo("zh");
        assertThat(LanguageCodes.normalize("heb")).isEqualTo("he");
    }

    @Test
    void tagsAndCaseAreNormalized() {
        assertThat(LanguageCodes.normalize("EN-us")).isEqualTo("en");
        assertThat(LanguageCodes.normalize("pt_BR")).isEqualTo("pt");
        assertThat(LanguageCodes.normalize("ast")).isEqualTo("ast");
        assertThat(LanguageCodes.normalize("english")).isNull();
        assertThat(LanguageCodes.normalize(null)).isNull();
    }
}
