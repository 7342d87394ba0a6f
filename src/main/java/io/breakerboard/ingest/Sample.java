package io.breakerboard.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The first bytes of a file, for format detection.
 *
 * @param fileName the file's name (a hint only; formats decide from content)
 * @param text     up to {@link #MAX_BYTES} bytes decoded as UTF-8
 * @param lines    the complete, non-blank lines of {@code text} (a cut last line is dropped unless it is the only one)
 * @param binary   true when more than a tenth of the head's bytes are control bytes or not UTF-8 (runs of NULs,
 *                 as a crash leaves them in a log, aside) or the head is nothing but NULs
 */
public record Sample(String fileName, String text, List<String> lines, boolean binary) {
    public static final int MAX_BYTES = 64 * 1024;

    /** Builds a sample from a file head; {@code complete} says whether the head is the whole file. */
    public static Sample of(String fileName, byte[] head, int length, boolean complete) {
        boolean binary = looksBinary(head, length);
        String text = new String(head, 0, length, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>();
        String[] parts = text.split("\r?\n", -1);
        int usable = complete || parts.length == 1 ? parts.length : parts.length - 1;
        for (int i = 0; i < usable; i++) {
            if (!parts[i].isBlank()) {
                lines.add(parts[i]);
            }
        }
        return new Sample(fileName, text, List.copyOf(lines), binary);
    }

    /** The first non-blank line, or "" for an empty sample. */
    public String firstLine() {
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /** Text without leading white space, to test what a document starts with. */
    public String trimmedText() {
        return text.stripLeading();
    }

    /** The trimmed text when the head is text opening a JSON object or array (a JSON document format's first test); else null. */
    public String jsonDocumentText() {
        if (binary) {
            return null;
        }
        String t = trimmedText();
        return t.startsWith("{") || t.startsWith("[") ? t : null;
    }

    /** Above this share of odd bytes (control bytes, bytes outside valid UTF-8) a head is binary. */
    static final double BINARY_SHARE = 0.10;

    /** NUL bytes in a run at least this long are a damaged stretch, not a sign of binary content. */
    static final int NUL_RUN = 8;

    // Judged by the share of odd bytes, not by any one: a log whose head holds a stretch of NULs left by a crash,
    // or a few Latin-1 letters, is still a log, and its damaged lines go to the quarantine. Compressed or
    // executable data has about one odd byte in ten or more outside its runs of zeros.
    private static boolean looksBinary(byte[] b, int n) {
        long odd = 0;
        long judged = 0;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c == 0) {
                int run = i;
                while (run < n && b[run] == 0) {
                    run++;
                }
                if (run - i < NUL_RUN) {
                    odd += run - i;
                    judged += run - i;
                }
                i = run;
                continue;
            }
            judged++;
            if (c < 0x80) {
                if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b) || c == 0x7f) {
                    odd++;
                }
                i++;
                continue;
            }
            int length = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
            if (length > 0 && i + length > n) {
                break; // a character cut by the end of the head
            }
            if (length == 0 || !continues(b, i + 1, length - 1)) {
                odd++;
                i++;
                continue;
            }
            i += length;
        }
        return n > 0 && (judged == 0 || odd > judged * BINARY_SHARE);
    }

    private static boolean continues(byte[] b, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if ((b[k] & 0xc0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
