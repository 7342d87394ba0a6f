package io.breakerboard.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads lines as ranges of raw bytes, for formats that parse UTF-8 directly: no text is made of a line unless
 * asked for ({@link #text()}). Lines end as {@link LineReader}'s do (at {@code \n}, {@code \r\n} or {@code \r}),
 * and a leading byte-order mark is dropped.
 */
public final class ByteLineReader implements Closeable {
    private static final int CHUNK = 1 << 20;

    private final InputStream in;
    private byte[] buffer;
    private int filled;
    private int next;
    private boolean eof;
    private boolean skipLineFeed;
    private int start;
    private int end;
    private long lineNumber;

    ByteLineReader(InputStream in) {
        this(in, CHUNK);
    }

    /** Reads {@code chunk} bytes at a time (more only for a longer line). */
    ByteLineReader(InputStream in, int chunk) {
        this.in = in;
        this.buffer = new byte[chunk];
    }

    /** Moves to the next line; false at the end. */
    public boolean next() throws IOException {
        while (true) {
            if (skipLineFeed && next < filled) {
                skipLineFeed = false;
                if (buffer[next] == '\n') {
                    next++;
                }
            }
            for (int i = next; i < filled; i++) {
                byte b = buffer[i];
                if (b <= '\r' && b >= '\n' && (b == '\n' || b == '\r')) {
                    take(next, i);
                    next = i + 1;
                    skipLineFeed = b == '\r';
                    return true;
                }
            }
            if (eof) {
                if (next < filled) {
                    take(next, filled);
                    next = filled;
                    return true;
                }
                return false;
            }
            fill();
        }
    }

    /** The buffer holding the current line; valid until the next call of {@link #next()}. */
    public byte[] bytes() {
        return buffer;
    }

    /** Where the current line starts in {@link #bytes()}. */
    public int start() {
        return start;
    }

    /** The current line's length in bytes, without its terminator. */
    public int length() {
        return end - start;
    }

    /** The current line as text (malformed UTF-8 becomes U+FFFD, as {@link LineReader} reads it). */
    public String text() {
        return new String(buffer, start, end - start, StandardCharsets.UTF_8);
    }

    /** Whether the current line holds nothing but white space. */
    public boolean isBlank() {
        return isBlank(buffer, start, end - start);
    }

    /** Whether these UTF-8 bytes hold nothing but white space, as {@link String#isBlank()} judges it. */
    public static boolean isBlank(byte[] bytes, int start, int length) {
        for (int i = start; i < start + length; i++) {
            byte b = bytes[i];
            if (b < 0) {
                return new String(bytes, start, length, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /** 1-based number of the current line. */
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void take(int from, int to) {
        lineNumber++;
        if (lineNumber == 1 && to - from >= 3 && buffer[from] == (byte) 0xEF && buffer[from + 1] == (byte) 0xBB
                && buffer[from + 2] == (byte) 0xBF) {
            from += 3;
        }
        start = from;
        end = to;
    }

    // Keeps the unfinished line, moved to the front, and reads more after it; grows only for a longer line.
    private void fill() throws IOException {
        int kept = filled - next;
        if (next > 0) {
            System.arraycopy(buffer, next, buffer, 0, kept);
        } else if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        next = 0;
        filled = kept;
        int n = in.read(buffer, filled, buffer.length - filled);
        if (n < 0) {
            eof = true;
        } else {
            filled += n;
        }
    }
}
