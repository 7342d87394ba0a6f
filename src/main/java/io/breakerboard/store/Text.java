package io.breakerboard.store;

/** Keeps text within what a column holds, saying where it was cut rather than failing the whole batch. */
final class Text {
    /** H2's longest VARCHAR. */
    static final int MAX_CHARS = 1_000_000;

    private Text() {
    }

    static String fit(String s) {
        if (s == null || s.length() <= MAX_CHARS) {
            return s;
        }
        String marker = "…[cut " + (s.length() - MAX_CHARS) + " chars]";
        return s.substring(0, MAX_CHARS - marker.length()) + marker;
    }
}
