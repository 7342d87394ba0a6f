package io.breakerboard.ingest.format;

import io.breakerboard.ingest.LineReader;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.ParseSink;
import java.io.IOException;
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

    /** One line of a file of one JSON value per line, with its 1-based number. */
    interface LineReading {
        void line(String line, long number) throws IOException;
    }

    /**
     * Reads {@code source} as one JSON value per line when its first lines say so, handing every non-blank line to
     * {@code reading}; returns false, having handed over nothing, when the file is one document instead.
     *
     * @param empty what is wrong with a file with no non-blank line
     * @throws MalformedLogException when the file is empty
     */
    static boolean readPerLine(LogSource source, ParseSink sink, String empty, Predicate<String> whole,
                               Predicate<String> record, LineReading reading) throws IOException {
        try (LineReader lines = source.openLines(sink)) {
            String first = nextNonBlank(lines);
            if (first == null) {
                throw new MalformedLogException(0, empty);
            }
            long firstNumber = lines.lineNumber();
            String second = null;
            long secondNumber = 0;
            if (needsNextLine(first, whole)) {
                second = nextNonBlank(lines);
                secondNumber = lines.lineNumber();
            }
            if (!oneValuePerLine(first, second, whole, record)) {
                return false;
            }
            reading.line(first, firstNumber);
            if (second != null) {
                reading.line(second, secondNumber);
            }
            String line;
            while ((line = lines.next()) != null) {
                if (!line.isBlank()) {
                    reading.line(line, lines.lineNumber());
                }
            }
            return true;
        }
    }

    private static String nextNonBlank(LineReader lines) throws IOException {
        String line = lines.next();
        while (line != null && line.isBlank()) {
            line = lines.next();
        }
        return line;
    }
}
