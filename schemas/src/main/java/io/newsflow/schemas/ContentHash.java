package io.newsflow.schemas;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 hex digests used for article ids and content hashes, so every stage derives them alike. */
public final class ContentHash {
    private ContentHash() {}

    /** Full SHA-256 of the UTF-8 bytes, 64 hex characters. */
    public static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Full SHA-256 of the bytes, 64 hex characters. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Article id: the first 32 hex characters (128 bits) of the SHA-256 of {@code basis}. */
    public static String articleId(String basis) {
        return sha256(basis).substring(0, 32);
    }
}
