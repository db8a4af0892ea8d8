package io.allywatch.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrefilteredTest {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void readsTheLiteralBeginningOfEveryAlternative() {
        assertThat(Prefiltered.beginnings("(?:aid|grants?|donn\\p{L}*|Unión\\s+Europea|subsid(?:y|ies))\\b"))
                .contains(List.of("aid", "grant", "donn", "Unión", "subsidy", "subsidies"));
        assertThat(Prefiltered.beginnings("(?:budget(?:ary)?|aid)\\b")).contains(List.of("budget", "aid"));
        assertThat(Prefiltered.beginnings("(?:aid|(?:military|financial)\\s+support)\\b")).contains(List.of("aid", "military", "financial"));
        assertThat(Prefiltered.beginnings("(?:d(?:io|a)|entreg\\p{L}*)\\b")).contains(List.of("dio", "da", "entreg"));
        assertThat(Prefiltered.beginnings("(?:aid|(?:military|financial)?\\s*support)\\b")).isEmpty(); // the inner group may be left out
    }

    @Test
    void readsEveryBranchOfTheExpression() {
        assertThat(Prefiltered.beginnings("\\b(?:aid|grants?)\\b|\\bloans?")).contains(List.of("aid", "grant", "loan"));
        assertThat(Prefiltered.beginnings("aid|grant")).contains(List.of("aid", "grant"));
        Prefiltered twoWays = Prefiltered.of(Pattern.compile("\\baccords?\\s+de\\s+défense\\b|\\bpacte\\s+de\\s+sécurité\\b", CI));
        assertThat(twoWays.filtered()).isTrue();
        assertThat(twoWays.find("un pacte de sécurité")).isTrue();
        assertThat(twoWays.find("un accord commercial")).isFalse();
    }

    @Test
    void givesUpWhereAWayInHasNoLiteral() {
        assertThat(Prefiltered.beginnings("(?:aid|\\p{Lu}\\w+)")).isEmpty();             // an alternative without a literal
        assertThat(Prefiltered.beginnings("(?:aid|U\\.S\\.)")).isEmpty();                 // one character only
        assertThat(Prefiltered.beginnings("\\baid\\b|\\b\\p{Lu}{2}")).isEmpty();        // a branch without one
    }

    @Test
    void answersAsTheExpressionDoes() {
        Pattern word = Pattern.compile("\\b(?:aid|grants?|donn\\p{L}*|Hilfe)\\b", CI);
        Prefiltered filtered = Prefiltered.of(word);
        assertThat(filtered.filtered()).isTrue();
        for (String text : List.of("US aid to Peru", "AID", "a grant of", "ils ont donné", "Militärhilfe", "die Hilfe", "raid on",
                "first-aid kit", "grantee", "nothing here", "", "x", "_aid", "Aid.")) {
            assertThat(filtered.find(text)).as(text).isEqualTo(word.matcher(text).find());
        }
    }

    @Test
    void withoutABoundaryLooksInsideWords() {
        Pattern inside = Pattern.compile("(?:hilfe|lieferung)", CI);
        Prefiltered filtered = Prefiltered.of(inside);
        assertThat(filtered.find("Militärhilfe")).isTrue();
        assertThat(filtered.find("Waffenlieferungen")).isTrue();
        assertThat(filtered.find("Hilfsgüter")).isFalse();
    }

    @Test
    void compoundsAreLookedForInsideWords() {
        Pattern german = Pattern.compile("\\b(?:\\p{L}*[Hh]ilfe\\p{L}*|Kredit\\p{L}*)\\b", CI);
        Prefiltered filtered = Prefiltered.of(german);
        assertThat(filtered.filtered()).isTrue();
        for (String text : List.of("Militärhilfe für Kiew", "Hilfe", "Kredite", "ein Hilfsfonds", "nichts", "Waffenhilfen")) {
            assertThat(filtered.find(text)).as(text).isEqualTo(german.matcher(text).find());
        }
    }

    @Test
    void anUnreadableExpressionRunsUnfiltered() {
        Pattern odd = Pattern.compile("\\p{Lu}{3}");
        Prefiltered filtered = Prefiltered.of(odd);
        assertThat(filtered.filtered()).isFalse();
        assertThat(filtered.find("the USA")).isTrue();
    }
}
