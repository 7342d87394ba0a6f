package io.breakerboard.ingest;

import io.breakerboard.pipeline.ExecutionSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Follows growing log files: every interval it reads the complete lines appended to each file and sends
 * what they hold to the sink. A file is read from its start when first followed (executions already stored
 * count as duplicates). It survives truncation (the file shrinks: read again from the start) and rotation
 * (a new file replaces it: the old one is read to its end, then the new one from its start). The format is
 * detected once per file, from its first lines.
 *
 * <p>Each poll parses the lines appended since the last one on their own, which suits formats with one
 * record per line. A format whose executions gather lines from the whole file ({@link LogFormat#assemblesAcrossLines},
 * sessions and traces) is read again from its start whenever complete lines were appended, and the store updates
 * the executions that grew.
 */
public final class Tailer implements AutoCloseable {
    private final FormatDetector detector;
    private final ExecutionSink sink;
    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final Map<Path, TailedFile> files = new LinkedHashMap<>();
    private ScheduledFuture<?> task;

    /**
     * @param scheduler runs the polls once {@link #start()} is called
     * @param interval  time between the end of one poll and the start of the next
     */
    public Tailer(FormatDetector detector, ExecutionSink sink, ScheduledExecutorService scheduler, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("tail interval must be positive, was " + interval);
        }
        this.detector = detector;
        this.sink = sink;
        this.scheduler = scheduler;
        this.interval = interval;
    }

    /** Starts polling on the scheduler. */
    public synchronized void start() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Starts following a file; it need not exist yet. */
    public synchronized void watch(Path file) {
        files.computeIfAbsent(file.toAbsolutePath().normalize(), TailedFile::new);
    }

    public synchronized void unwatch(Path file) {
        TailedFile f = files.remove(file.toAbsolutePath().normalize());
        if (f != null) {
            f.close();
        }
    }

    public synchronized List<Path> watched() {
        return List.copyOf(files.keySet());
    }

    public synchronized List<TailStatus> status() {
        List<TailStatus> result = new ArrayList<>();
        for (TailedFile f : files.values()) {
            result.add(f.status());
        }
        return result;
    }

    /** Reads what every followed file gained since the last poll. Tests call it directly. */
    public synchronized void poll() {
        boolean wrote = false;
        for (TailedFile f : files.values()) {
            wrote |= f.poll(detector, sink);
        }
        if (wrote) {
            try {
                sink.flush();
            } catch (RuntimeException e) {
                // The next poll that writes flushes again; a scheduled task must not die of one failure.
                System.getLogger(Tailer.class.getName()).log(System.Logger.Level.WARNING, "Could not save rollups", e);
            }
        }
    }

    /** Stops polling and releases the files; the scheduler belongs to the caller. */
    @Override
    public synchronized void close() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        for (TailedFile f : files.values()) {
            f.close();
        }
        files.clear();
    }
}
