package io.allywatch.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass id and the NFC shortcut agree with their definitions (NFC, whitespace runs folded, SHA-256) on any text. */
class ArticleIdsTest {
    /** Whitespace of every kind the two definitions treat differently, ASCII, Latin-1, combining marks, CJK, an emoji. */
    private static final String[] PIECES = {"a", "Z", "7", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u001C", "\u0085",
            "\u00A0", "\u2028", "\u3000", "é", "e\u0301", "\u0301", "ß", "\u00FF", "\u0100", "\u02FF", "\u0300", "Å",
            "\u212B", "한", "\u1100\u1161", "\uD83D\uDE00", "Peru", ".", "\"", "\u2007"};

    @Test
    void sameIdAndTextAsTheContractOnRandomTexts() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String raw = sb.toString();
            String stored = ArticleIds.nfc(raw).strip();
            assertThat(stored).as("text of %s", escaped(raw))
                    .isEqualTo(Normalizer.normalize(raw, Normalizer.Form.NFC).strip());
            assertThat(ArticleIds.forText(stored)).as("id of %s", escaped(stored)).isEqualTo(byDefinition(stored));
            assertThat(ArticleIds.forText(raw)).as("id of %s", escaped(raw)).isEqualTo(byDefinition(raw));
        }
    }

    @Test
    void anOrdinaryArticle() {
        String text = "Chile and Peru\n\nagreed on  joint\texercises, the ministers said.";
        assertThat(ArticleIds.forText(ArticleIds.nfc(text).strip())).isEqualTo(byDefinition(text));
    }

    /** The id as the contract defines it, without the one-pass shortcut. */
    private static String byDefinition(String text) {
        return "a-" + ArticleIds.sha256Hex(ArticleIds.normalize(text), 12);
    }

    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return sb.toString();
    }
}
