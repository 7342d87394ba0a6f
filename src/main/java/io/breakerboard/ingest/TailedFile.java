package io.breakerboard.ingest;

import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.model.ValueRanges;
import io.breakerboard.pipeline.ExecutionSink;
import io.breakerboard.pipeline.WriteCounts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * One followed file. Keeps its channel open between polls so that, once the file is rotated (renamed away and
 * a new one created in its place), the rest of the old file can still be read before switching to the new.
 * Only complete lines are read; a partial last line waits for its end. A gzip or zstd file (told by its first
 * bytes) has no line ends among its bytes: whenever it grows it is read again whole, decompressed, as a session
 * file is, and the store tells the executions already held from new and grown ones.
 */
final class TailedFile {
    /** Largest piece read at once; a longer line is read as it is, in pieces. */
    static final int MAX_CHUNK = 4 * 1024 * 1024;

    private final Path path;
    private final String source;
    private FileChannel channel;
    private Object fileKey;
    private long offset;
    private long lines;
    private LogFormat format;
    private boolean compressed;
    private long executions;
    private String error;

    TailedFile(Path path) {
        this.path = path;
        this.source = path.toString();
    }

    /** Reads what was appended since the last poll; returns true when something was handed to the sink. */
    boolean poll(FormatDetector detector, ExecutionSink sink) {
        try {
            if (channel == null && !open()) {
                return false;
            }
            boolean wrote = false;
            if (channel.size() < offset) {
                offset = 0;
                lines = 0;
            }
            wrote |= readAvailable(detector, sink, false);
            Object current = keyOf(path);
            if (current != null && !current.equals(fileKey)) {
                wrote |= readAvailable(detector, sink, true);
                closeChannel();
                if (open()) {
                    wrote |= readAvailable(detector, sink, false);
                }
            }
            return wrote;
        } catch (IOException e) {
            error = "cannot read " + path.getFileName() + ": " + e.getMessage();
            return false;
        } catch (RuntimeException e) {
            error = "could not store lines of " + path.getFileName() + ", will retry: " + e.getMessage();
            return false;
        }
    }

    private boolean open() throws IOException {
        // Opening a named pipe waits for a writer and would hold the tailer's thread and lock; a device never ends.
        String special = SpecialFiles.refusal(path);
        if (special != null) {
            error = special;
            return false;
        }
        try {
            fileKey = keyOf(path);
            channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            error = path.getFileName() + " does not exist (yet); waiting for it";
            return false;
        }
        offset = 0;
        lines = 0;
        error = null;
        return true;
    }

    private boolean readAvailable(FormatDetector detector, ExecutionSink sink, boolean finalRead) throws IOException {
        if (format == null && !detect(detector)) {
            return false;
        }
        if (format.assemblesAcrossLines() || compressed) {
            return readWhole(sink, finalRead);
        }
        boolean wrote = false;
        long size = channel.size();
        while (offset < size) {
            int want = (int) Math.min(size - offset, MAX_CHUNK);
            ByteBuffer buffer = ByteBuffer.allocate(want);
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) > 0) {
                // keep reading until the piece is full or the file ends
            }
            byte[] bytes = buffer.array();
            int got = buffer.position();
            int end = lastNewline(bytes, got) + 1;
            if (end == 0) {
                if (!finalRead && got < MAX_CHUNK) {
                    break;
                }
                end = got;
            }
            consume(sink, bytes, end);
            wrote = true;
            offset += end;
            lines += countLines(bytes, end);
            if (end < got && !finalRead) {
                break;
            }
        }
        return wrote;
    }

    /**
     * A format whose executions gather lines from all over the file (a session) cannot read the new lines alone:
     * when complete lines were appended, the file is read again from its start up to its last complete line, and
     * the store replaces the executions that grew (same key, other content). Rejected lines already reported by an
     * earlier read are not quarantined again.
     */
    private boolean readWhole(ExecutionSink sink, boolean finalRead) throws IOException {
        long size = channel.size();
        if (offset >= size) {
            return false;
        }
        long end = finalRead || compressed ? size : endOfLastLine(size);
        if (end <= offset) {
            return false;
        }
        long linesBefore = lines;
        // A rejected line read before (a session format reads its file whole again) was quarantined then.
        Collected collected = new Collected(line -> line == 0 || line > linesBefore ? line : -1);
        List<Execution> batch = collected.batch;
        List<QuarantinedRecord> rejected = collected.rejected;
        LogSource whole = LogSource.of(source, end, () -> new ChannelRange(channel, end), () -> false);
        try {
            format.parse(whole, collected);
            error = null;
        } catch (IOException | RuntimeException e) {
            error = path.getFileName() + ": " + e.getMessage();
        }
        WriteCounts counts;
        try {
            counts = sink.writeCountedAsync(batch).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        sink.quarantine(rejected);
        executions += batch.size() - counts.duplicates() - counts.updated();
        lines = compressed ? plainLines(end) : linesBefore + countLines(channel, offset, end);
        offset = end;
        return true;
    }

    // Lines of the decompressed content, as far as it decompresses (a file still being written ends mid-stream).
    private long plainLines(long end) {
        long n = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Decompression.open(new ChannelRange(channel, end))) {
            for (int got; (got = in.read(buffer)) > 0; ) {
                n += countLines(buffer, got);
            }
        } catch (IOException cutShort) {
            // counted up to where it stops
        }
        return n;
    }

    // Just past the last newline of the file, or 0 when it has none.
    private long endOfLastLine(long size) throws IOException {
        long to = size;
        while (to > 0) {
            int want = (int) Math.min(to, 64 * 1024);
            ByteBuffer buffer = ByteBuffer.allocate(want);
            while (buffer.hasRemaining() && channel.read(buffer, to - want + buffer.position()) > 0) {
                // fill the piece
            }
            int newline = lastNewline(buffer.array(), buffer.position());
            if (newline >= 0) {
                return to - want + newline + 1;
            }
            to -= want;
        }
        return 0;
    }

    private static long countLines(FileChannel channel, long from, long to) throws IOException {
        long n = 0;
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(to - from, MAX_CHUNK));
        for (long at = from; at < to; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), to - at));
            int got = channel.read(buffer, at);
            if (got <= 0) {
                break;
            }
            n += countLines(buffer.array(), got);
            at += got;
        }
        return n;
    }

    // Detection reads only the head, so a file no format recognises costs 64 KiB per poll, not the whole file.
    private boolean detect(FormatDetector detector) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return false;
        }
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, Sample.MAX_BYTES));
        while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
            // fill the head
        }
        byte[] bytes = head.array();
        int length = head.position();
        compressed = Decompression.isCompressed(bytes, length);
        boolean complete = true;
        if (compressed) {
            bytes = new byte[Sample.MAX_BYTES];
            length = 0;
            try (InputStream in = Decompression.open(new ChannelRange(channel, size))) {
                for (int got; length < bytes.length && (got = in.read(bytes, length, bytes.length - length)) > 0; ) {
                    length += got;
                }
            } catch (IOException cutShort) {
                complete = false; // a file still being written: detect on what decompressed so far
            }
            if (length == 0) {
                if (!complete) {
                    error = path.getFileName() + " is compressed and does not decompress yet; waiting for more";
                }
                return false;
            }
        }
        int end = lastNewline(bytes, length) + 1;
        if (end == 0 && length < Sample.MAX_BYTES && !(compressed && complete)) {
            return false;
        }
        try {
            format = detector.detect(Sample.of(path.getFileName().toString(), bytes, end > 0 ? end : length,
                    end > 0 || compressed && complete));
            return true;
        } catch (UnsupportedLogException e) {
            error = e.getMessage() + "; waiting for more lines";
            return false;
        }
    }

    private void consume(ExecutionSink sink, byte[] bytes, int length) {
        long firstLine = lines;
        Collected collected = new Collected(line -> line > 0 ? firstLine + line : 0);
        List<Execution> batch = collected.batch;
        List<QuarantinedRecord> rejected = collected.rejected;
        LogSource chunk = LogSource.of(source, length, () -> new ByteArrayInputStream(bytes, 0, length), () -> false);
        try {
            format.parse(chunk, collected);
            error = null;
        } catch (IOException | RuntimeException e) {
            error = path.getFileName() + ":" + (firstLine + 1) + ": " + e.getMessage();
            rejected.add(new QuarantinedRecord(source, firstLine + 1, "could not read these lines as "
                    + format.displayName() + ": " + e.getMessage(), new String(bytes, 0, length, StandardCharsets.UTF_8)));
        }
        sink.write(batch);
        sink.quarantine(rejected);
        executions += batch.size();
    }

    /**
     * What one parse hands over: executions within the accepted ranges, stamped with this file and format, and the
     * rejected records (out-of-range ones among them), numbered by {@code lineNumber}, which gives -1 to drop one.
     */
    private final class Collected implements ParseSink {
        final List<Execution> batch = new ArrayList<>();
        final List<QuarantinedRecord> rejected = new ArrayList<>();
        private final java.util.function.LongUnaryOperator lineNumber;

        Collected(java.util.function.LongUnaryOperator lineNumber) {
            this.lineNumber = lineNumber;
        }

        @Override
        public void execution(Execution execution) {
            String outOfRange = ValueRanges.problem(execution);
            if (outOfRange != null) {
                reject(0, OutOfRange.reason(execution, outOfRange), OutOfRange.raw(execution));
                return;
            }
            batch.add(execution.toBuilder().source(source).format(format.id()).build());
        }

        @Override
        public void reject(long line, String reason, String raw) {
            long n = lineNumber.applyAsLong(line);
            if (n >= 0) {
                rejected.add(new QuarantinedRecord(source, n, reason, raw));
            }
        }
    }

    TailStatus status() {
        return new TailStatus(path, format == null ? null : format.id(), offset, executions, error);
    }

    void close() {
        try {
            closeChannel();
        } catch (IOException e) {
            error = "cannot close " + path.getFileName() + ": " + e.getMessage();
        }
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    private static Object keyOf(Path path) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            // File systems without inode-like keys (Windows) still change the creation time on rotation.
            return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static int lastNewline(byte[] bytes, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static long countLines(byte[] bytes, int length) {
        long n = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }
}
