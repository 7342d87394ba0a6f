package io.breakerboard.ingest.format;

import java.util.function.Predicate;

/**
 * Tells a file of one JSON value per line from one JSON document by its first lines, also when the first line
 * is damaged: a document's first line opens it ({@code {} or {@code [}) and never holds it whole, so a first
 * line that is whole, or that does not open a value (its start was torn off), means one value per line. A first
 * line that opens an object but is cut off is told apart by the next line.
 */
final class JsonLineLayout {
    private JsonLineLayout() {
    }

    /**
     * @param first    the first non-blank line
     * @param next     the next non-blank line, or null when the caller did not read it or there is none
     * @param whole    true for a line that holds one whole JSON value
     * @param record   true for a line that is one whole record of the format; stricter than {@code whole}, since
     *                 a document may hold a whole element on its second line
     * @return true for one value per line
     */
    static boolean oneValuePerLine(String first, String next, Predicate<String> whole, Predicate<String> record) {
        String f = first.strip();
        if (whole.test(f) || !(f.startsWith("{") || f.startsWith("["))) {
            return true;
        }
        return next != null && f.startsWith("{") && record.test(next.strip());
    }

    /** True when the first line alone does not tell, and {@link #oneValuePerLine} needs the next line. */
    static boolean needsNextLine(String first, Predicate<String> whole) {
        String f = first.strip();
        return f.startsWith("{") && !whole.test(f);
    }
}
