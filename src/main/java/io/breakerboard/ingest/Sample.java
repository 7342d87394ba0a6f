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
 * @param binary   true when the head holds NUL bytes or mostly non-text bytes
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

    private static boolean looksBinary(byte[] b, int n) {
        int odd = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) {
                odd++;
            }
        }
        return n > 0 && odd * 10 > n;
    }
}
