package io.breakerboard.ingest;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A readable log: a file, or text in memory for tests. Counts the bytes read, for progress, and stops reading
 * with a {@link CancellationException} once cancelled, so formats need no cancellation code of their own.
 */
public final class LogSource {
    /** Text lines are read 64 KiB at a time, so a reader that gives up early is seen to have left bytes unread. */
    private static final int TEXT_CHUNK = 1 << 16;


    /** Opens the raw bytes, from the start. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final long size;
    private final Opener opener;
    private final BooleanSupplier cancelled;
    private final AtomicLong bytesRead = new AtomicLong();
    private final long startOffset;
    // Kept to tell where reading stopped; a format may open the source more than once (a peek at the first lines,
    // then the whole document), and the line numbers of the last one opened are the ones that mean something.
    private final List<Counting> streams = new CopyOnWriteArrayList<>();
    private volatile Object lastOpened;
    private LogSource(String name, long size, Opener opener, BooleanSupplier cancelled, long startOffset) {
        this.name = name;
        this.size = size;
        this.opener = opener;
        this.cancelled = cancelled;
        this.startOffset = startOffset;
    }

    public static LogSource of(Path file, BooleanSupplier cancelled) throws IOException {
        return new LogSource(file.toString(), Files.size(file), () -> Files.newInputStream(file), cancelled, 0);
    }

    public static LogSource of(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new LogSource(name, bytes.length, () -> new ByteArrayInputStream(bytes), () -> false, 0);
    }

    /** A source over bytes from an opener, e.g. the appended part of a tailed file. */
    public static LogSource of(String name, long size, Opener opener, BooleanSupplier cancelled) {
        return new LogSource(name, size, opener, cancelled, 0);
    }

    /** Display name: the file path. */
    public String name() {
        return name;
    }

    /** Total size in bytes, for progress. */
    public long size() {
        return size;
    }

    /** Bytes read so far over every stream opened. */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** Line numbers reported by {@link #openLines()} start after this offset's lines (0 for whole files). */
    public long startOffset() {
        return startOffset;
    }

    /** The furthest byte any stream of this source reached: where reading stopped when it stopped early. */
    public long position() {
        long max = 0;
        for (Counting c : streams) {
            max = Math.max(max, c.offset);
        }
        return max;
    }

    /**
     * The number of the line last read when the source was last opened as lines, 0 when it was last opened as a
     * raw stream (a format that reads one document does not count lines).
     */
    public long lineReached() {
        Object last = lastOpened;
        if (last instanceof LineReader r) {
            return r.lineNumber();
        }
        return last instanceof ByteLineReader r ? r.lineNumber() : 0;
    }

    /**
     * The bytes, counted and cancellable; a gzip or zstd file is decompressed (see {@link Decompression}), while
     * progress still counts the bytes of the file itself.
     */
    public InputStream openStream() throws IOException {
        Counting c = new Counting(opener.open());
        streams.add(c);
        lastOpened = c;
        return Decompression.open(c);
    }

    /** UTF-8 lines with their numbers, malformed bytes decoded leniently: for passes that only look ahead. */
    public LineReader openLines() throws IOException {
        return openLines(null);
    }

    /**
     * UTF-8 lines with their numbers; a line that is not valid UTF-8 goes to {@code invalid} with its line number
     * and is skipped. A format's reading pass passes its sink; a look-ahead pass passes null and reads leniently.
     */
    public LineReader openLines(ParseSink invalid) throws IOException {
        LineReader r = new LineReader(new ByteLineReader(openStream(), TEXT_CHUNK), invalid);
        lastOpened = r;
        return r;
    }

    /** Lines as raw bytes with their numbers, for formats that parse UTF-8 themselves. */
    public ByteLineReader openByteLines() throws IOException {
        ByteLineReader r = new ByteLineReader(openStream());
        lastOpened = r;
        return r;
    }

    private final class Counting extends FilterInputStream {
        private long sinceCheck;
        private volatile long offset;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            offset += n;
            bytesRead.addAndGet(n);
            sinceCheck += n;
            if (sinceCheck >= 64 * 1024) {
                sinceCheck = 0;
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("import of " + name + " cancelled");
                }
            }
        }
    }
}
