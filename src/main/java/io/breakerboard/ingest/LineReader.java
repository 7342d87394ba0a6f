package io.breakerboard.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines one at a time and knows the number of the last one returned. A line that is not valid UTF-8 is
 * handed to the reader's rejection sink and comes back blank, so no reader ever sees U+FFFD in place of what the
 * file said; without a sink (look-ahead passes) such a line is decoded leniently.
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
                    // Blank in its place, so the lines after it keep their numbers and every reader skips it.
                    return "";
                }
            }
            return new String(bytes, start, length, StandardCharsets.UTF_8);
        }
        return null;
    }

    /**
     * The lines as one stream of text, each ended by {@code \n}, for parsers that take a {@link Reader} (CSV):
     * a line that is not UTF-8 is rejected and read as an empty line, as {@link #next()} returns it.
     */
    public Reader asReader() {
        return new Reader() {
            private String line = "";
            private int at = 1;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                if (line != null && at > line.length()) {
                    line = next();
                    at = 0;
                }
                if (line == null) {
                    return -1;
                }
                int n = 0;
                while (n < length && at < line.length()) {
                    buffer[offset + n++] = line.charAt(at++);
                }
                if (n < length && at == line.length()) {
                    buffer[offset + n++] = '\n';
                    at++;
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                LineReader.this.close();
            }
        };
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
