package io.breakerboard.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Execution keys for logs that carry no id of their own: a hash of the record's raw content, so importing
 * the same file again yields the same keys and adds nothing.
 */
public final class ContentKey {
    private final MessageDigest digest;

    public ContentKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Adds text (e.g. one raw line) to the running hash. */
    public ContentKey add(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        return this;
    }

    /** The key of everything added so far, {@code sha256:} and 32 hex digits; resets the hash. */
    public String finish() {
        byte[] hash = digest.digest();
        return "sha256:" + HexFormat.of().formatHex(hash, 0, 16);
    }

    /** The key of one piece of text. */
    public static String of(String text) {
        return new ContentKey().add(text).finish();
    }
}
