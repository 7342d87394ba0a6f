package io.breakerboard.ingest.format.trace;

/** Lenient number parsing for values logs write as text. */
public final class Numbers {
    private Numbers() {
    }

    /** A whole number from text such as {@code 412} or {@code 412.0}, or null when it is none. */
    public static Long parseLong(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            Double d = parseDouble(t);
            return d == null ? null : Math.round(d);
        }
    }

    /** A finite number from text, or null when it is none. */
    public static Double parseDouble(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(text.trim());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
