package io.allywatch.ingest.articles;

import io.allywatch.contract.ArticleIds;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * An article's text as stored (NFC, trimmed) and its id, in one pass each instead of the
 * contract's NFC plus whitespace regex per id. The id is the one {@link ArticleIds#forText} gives
 * (ArticleTextTest checks that on random texts); texts with characters from U+0300 on (combining
 * marks and beyond) take the contract's own code, so only the common case is hand-written.
 */
final class ArticleText {
    /** Below U+0300 no character has a decomposition or a combining class: such text is NFC as it is. */
    private static final char FIRST_NOT_NFC_SAFE = '\u0300';
    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    });

    private ArticleText() {
    }

    /** Unicode NFC, trimmed: the text as stored and published. */
    static String normalize(String text) {
        return (nfcSafe(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC)).strip();
    }

    /** {@code ArticleIds.forText(text)}: SHA-256 of the text with whitespace runs folded to one space. */
    static String id(String text) {
        String t = text.strip();
        if (!nfcSafe(t)) {
            return ArticleIds.forText(text);
        }
        // UTF-8 of the folded text: below U+0300 a character takes one or two bytes.
        byte[] utf8 = new byte[2 * t.length()];
        int n = 0;
        boolean inSpace = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            // java.util.regex's \s: [ \t\n\x0B\f\r]
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!inSpace) {
                    utf8[n++] = ' ';
                    inSpace = true;
                }
                continue;
            }
            inSpace = false;
            if (c < 0x80) {
                utf8[n++] = (byte) c;
            } else {
                utf8[n++] = (byte) (0xC0 | (c >> 6));
                utf8[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        MessageDigest sha = SHA256.get();
        sha.reset();
        sha.update(utf8, 0, n);
        return "a-" + HEX.formatHex(sha.digest(), 0, 12);
    }

    private static boolean nfcSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_NOT_NFC_SAFE) {
                return false;
            }
        }
        return true;
    }
}
