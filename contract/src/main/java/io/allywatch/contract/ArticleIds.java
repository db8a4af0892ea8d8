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

    private ArticleIds() {
    }

    /** Unicode NFC, whitespace runs folded to one space, trimmed. */
    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITESPACE.matcher(nfc).replaceAll(" ").strip();
    }

    public static String forText(String text) {
        return "a-" + sha256Hex(normalize(text), ID_BYTES);
    }

    /** A short, stable id for any canonical key (used for event and mention ids too). */
    public static String sha256Hex(String input, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
