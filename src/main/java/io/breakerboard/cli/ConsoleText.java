package io.breakerboard.cli;

import io.breakerboard.model.Redactor;

/**
 * Makes text from logs and the store safe to print on a terminal. Control characters are shown as visible
 * escapes ({@code \n}, {@code \x1b}), so a name cannot clear the screen, recolour it or forge a line of a table;
 * so are the Unicode line separators and bidirectional overrides that reorder what a reader sees.
 */
final class ConsoleText {
    private ConsoleText() {
    }

    /** The text with secrets masked and control characters escaped; null prints as an empty string. */
    static String safe(String text) {
        return escape(Redactor.DEFAULT.redact(text));
    }

    /** The text with control characters escaped; the same instance when it has none. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
