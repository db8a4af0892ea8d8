package io.allywatch.engine.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which real documents form the test split: a quarter of them, fixed by id (the first byte of the
 * SHA-256 of the document id, modulo 4, is 0). Fixed by id, not by position or batch, so a document
 * never moves between the splits and a new batch adds to both in proportion.
 */
public final class RealSplit {
    private RealSplit() {
    }

    public static boolean isTest(String docId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(docId.getBytes(StandardCharsets.UTF_8));
            return (digest[0] & 0x3) == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
