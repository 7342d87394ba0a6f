package io.breakerboard.ingest.format;

import io.breakerboard.ingest.ByteLineReader;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.model.Execution;
import io.breakerboard.model.ValueRanges;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;

/**
 * Parses the lines of a log where each line stands alone, on the calling thread and the common pool at once, and
 * hands what each line gave to the sink in line order, on the calling thread. The lines go out in chunks whose
 * bytes are copied, so reading goes on while they are parsed; a chunk nobody has started when its turn comes is
 * parsed by the caller itself, so the work is shared even with a pool of one thread.
 */
final class ParallelLines {
    /** Most lines, and about the most bytes, in one chunk. */
    static final int CHUNK_LINES = 2_000;
    static final int CHUNK_BYTES = 1 << 20;
    /** Chunks read ahead of the one being handed over. */
    static final int AHEAD = 3;

    /** Reads one line; runs on any thread, so it must keep no state. */
    @FunctionalInterface
    interface LineParser {
        /** @return what the line gave: an execution or a rejection */
        Parsed parse(byte[] bytes, int start, int length, long lineNumber);
    }

    /** What one line gave: an execution, or the reason it was rejected with its raw text. */
    record Parsed(Execution execution, long line, String reason, String raw) {
        static Parsed of(Execution execution) {
            return new Parsed(execution, 0, null, null);
        }

        static Parsed rejected(long line, String reason, String raw) {
            return new Parsed(null, line, reason, raw);
        }
    }

    private ParallelLines() {
    }

    static void parse(LogSource source, ParseSink sink, LineParser parser) throws IOException {
        ArrayDeque<FutureTask<List<Parsed>>> queue = new ArrayDeque<>();
        try (ByteLineReader lines = source.openByteLines()) {
            Chunk chunk;
            while ((chunk = Chunk.read(lines)) != null) {
                Chunk mine = chunk;
                FutureTask<List<Parsed>> task = new FutureTask<>(() -> mine.parse(parser));
                queue.add(task);
                ForkJoinPool.commonPool().execute(task);
                if (queue.size() > AHEAD) {
                    handOver(queue.poll(), sink);
                }
            }
            while (!queue.isEmpty()) {
                handOver(queue.poll(), sink);
            }
        } finally {
            queue.forEach(t -> t.cancel(false));
        }
    }

    private static void handOver(FutureTask<List<Parsed>> task, ParseSink sink) {
        task.run(); // parses here unless a pool thread has started it
        List<Parsed> parsed;
        try {
            parsed = task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while lines were being parsed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        for (Parsed p : parsed) {
            if (p.execution() != null) {
                sink.execution(p.execution());
            } else {
                sink.reject(p.line(), p.reason(), p.raw());
            }
        }
    }

    // Checked here, on the parsing threads, so a rejection keeps its line number and raw text; the importer checks
    // again for formats that read otherwise.
    private static Parsed inRange(Parsed parsed, byte[] bytes, int start, int length, long line) {
        if (parsed.execution() == null) {
            return parsed;
        }
        String problem = ValueRanges.problem(parsed.execution());
        return problem == null ? parsed
                : Parsed.rejected(line, problem, new String(bytes, start, length, StandardCharsets.UTF_8));
    }

    /** Consecutive lines, their bytes copied out of the reader's buffer. */
    private static final class Chunk {
        private byte[] bytes = new byte[64 * 1024];
        private int size;
        private int[] starts = new int[CHUNK_LINES + 1];
        private int lines;
        private long firstLine;

        static Chunk read(ByteLineReader in) throws IOException {
            Chunk chunk = null;
            while ((chunk == null || (chunk.lines < CHUNK_LINES && chunk.size < CHUNK_BYTES)) && in.next()) {
                if (chunk == null) {
                    chunk = new Chunk();
                    chunk.firstLine = in.lineNumber();
                }
                chunk.add(in.bytes(), in.start(), in.length());
            }
            return chunk;
        }

        private void add(byte[] source, int start, int length) {
            if (size + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
            }
            System.arraycopy(source, start, bytes, size, length);
            starts[lines++] = size;
            size += length;
            starts[lines] = size;
        }

        List<Parsed> parse(LineParser parser) {
            List<Parsed> parsed = new ArrayList<>(lines);
            for (int i = 0; i < lines; i++) {
                int start = starts[i];
                int length = starts[i + 1] - start;
                if (!ByteLineReader.isBlank(bytes, start, length)) {
                    long line = firstLine + i;
                    parsed.add(inRange(parser.parse(bytes, start, length, line), bytes, start, length, line));
                }
            }
            return parsed;
        }
    }
}
