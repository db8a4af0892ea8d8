package io.allywatch.engine.aid;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.engine.text.Prefiltered;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The aid reader asks every sentence with an amount for its words of aid, giving and receiving: the
 * scan for their beginnings must be in use in every language, or the expressions run on every
 * sentence of business news. (That the scan never hides a match: {@code PrefilteredOnRealTextTest}.)
 */
class AidWordsPrefilterTest {
    @Test
    void theScanIsInUseForEveryLanguage() {
        for (AidCues cues : List.of(AidCues.ENGLISH, AidCues.FRENCH, AidCues.SPANISH, AidCues.PORTUGUESE, AidCues.GERMAN)) {
            for (Pattern p : List.of(cues.aid(), cues.give(), cues.receive())) {
                assertThat(Prefiltered.of(p).filtered()).as(p.pattern()).isTrue();
            }
        }
        for (String lang : List.of("en", "fr", "es", "pt", "de")) {
            assertThat(Prefiltered.of(AidLexicon.forLanguage(lang).aid()).filtered()).as(lang).isTrue();
        }
    }
}
