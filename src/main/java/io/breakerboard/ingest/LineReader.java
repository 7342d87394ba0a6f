package io.breakerboard.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines one at a time and knows the number of the last one returned. A line that is not valid UTF-8 is
 * handed to the reader's rejection sink and skipped, so no reader ever sees U+FFFD in place of what the file said;
 * without a sink (look-ahead passes) such a line is decoded leniently.
 */
public final class LineReader implements Closeable {
    private final ByteLineReader lines;
    private final ParseSink invalid;

    LineReader(ByteLineReader lines, ParseSink invalid) {
        this.lines = lines;
        this.invalid = invalid;
    }

    /** The next line without its terminator, or null at the end. A leading byte-order mark is dropped. */
    public String next() throws IOException {
        while (lines.next()) {
            byte[] bytes = lines.bytes();
            int start = lines.start();
            int length = lines.length();
            if (invalid != null) {
                int at = Utf8Check.firstInvalid(bytes, start, length);
                if (at >= 0) {
                    invalid.reject(lines.lineNumber(), "invalid UTF-8 at byte " + (at + 1) + " of the line; the line is "
                            + "kept here as read, with U+FFFD for the bytes that are not text", lines.text());
                    continue;
                }
            }
            return new String(bytes, start, length, StandardCharsets.UTF_8);
        }
        return null;
    }

    /** 1-based number of the line last returned by {@link #next()}. */
    public long lineNumber() {
        return lines.lineNumber();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
