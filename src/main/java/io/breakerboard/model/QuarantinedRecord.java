package io.breakerboard.model;

import java.util.Objects;

/**
 * A raw record that could not be imported, kept so nothing is lost.
 *
 * @param source where it came from (file path)
 * @param line   1-based line number, or 0 when the whole file was refused
 * @param reason why it was rejected, in words a user can act on
 * @param raw    the raw text, cut at {@link #MAX_RAW_CHARS} characters
 */
public record QuarantinedRecord(String source, long line, String reason, String raw) {
    /** Raw text beyond this many characters is cut, with a marker saying so. */
    public static final int MAX_RAW_CHARS = 8192;

    public QuarantinedRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        raw = cut(raw == null ? "" : raw);
    }

    private static String cut(String raw) {
        if (raw.length() <= MAX_RAW_CHARS) {
            return raw;
        }
        return raw.substring(0, MAX_RAW_CHARS) + "…[cut " + (raw.length() - MAX_RAW_CHARS) + " chars]";
    }
}
