package io.breakerboard.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;

/** Reads lines one at a time and knows the number of the last one returned. */
public final class LineReader implements Closeable {
    private final BufferedReader reader;
    private long lineNumber;

    LineReader(BufferedReader reader) {
        this.reader = reader;
    }

    /** The next line without its terminator, or null at the end. A leading byte-order mark is dropped. */
    public String next() throws IOException {
        String line = reader.readLine();
        if (line != null) {
            lineNumber++;
            if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
        }
        return line;
    }

    /** 1-based number of the line last returned by {@link #next()}. */
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
