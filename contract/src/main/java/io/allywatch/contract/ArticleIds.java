package io.allywatch.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Article ids derived from the normalized text, so the same text always gets the same id
 * wherever it is ingested (REST, files, feeds) and duplicates are found by id.
 */
public final class ArticleIds {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** 96 bits of SHA-256: collisions are out of reach for any realistic archive. */
    private static final int ID_BYTES = 12;
    /** Below U+0300 no character has a decomposition or a combining class: such text is NFC as it is. */
    private static final char FIRST_NOT_NFC_SAFE = '\u0300';
    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(ArticleIds::sha256);

    private ArticleIds() {
    }

    /** Unicode NFC, whitespace runs folded to one space, trimmed: what the id is the hash of. */
    public static String normalize(String text) {
        return WHITESPACE.matcher(nfc(text)).replaceAll(" ").strip();
    }

    /** Unicode NFC; text with no character from U+0300 on (nearly all news text) is returned as it is, without the normalizer. */
    public static String nfc(String text) {
        return nfcAlready(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * "a-" and the SHA-256 of {@link #normalize}(text). Text below U+0300 is folded and hashed in one
     * pass (a batch ingest computes ids by the thousand); any other text takes the definition.
     */
    public static String forText(String text) {
        String t = text.strip();
        if (!nfcAlready(t)) {
            return "a-" + sha256Hex(normalize(text), ID_BYTES);
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
        return "a-" + HEX.formatHex(sha.digest(), 0, ID_BYTES);
    }

    /** A short, stable id for any canonical key (used for event and mention ids too). */
    public static String sha256Hex(String input, int bytes) {
        return HEX.formatHex(sha256().digest(input.getBytes(StandardCharsets.UTF_8)), 0, bytes);
    }

    private static boolean nfcAlready(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_NOT_NFC_SAFE) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
