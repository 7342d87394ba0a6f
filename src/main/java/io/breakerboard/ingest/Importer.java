package io.breakerboard.ingest;

import io.breakerboard.pipeline.ExecutionSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Imports files and folders: detects each file's format, parses it on the calling thread while the sink
 * stores the previous batches, quarantines rejected records and sums up every file. A file that cannot be
 * read gets a summary with its error and the others still import; a file that stops part way (an I/O error, a
 * cancel, a broken document) keeps what was read and its summary says where it stopped. Named pipes, devices,
 * sockets and looping links are refused without being opened. Importing the same file again adds nothing: its
 * executions come back as duplicates, or as updated where a record changed since (a session that grew).
 */
public final class Importer {
    private final FormatDetector detector;
    private final ExecutionSink sink;
    private final Clock clock;

    public Importer(FormatDetector detector, ExecutionSink sink, Clock clock) {
        this.detector = detector;
        this.sink = sink;
        this.clock = clock;
    }

    /**
     * Imports the files, and the files inside the folders, in a stable order.
     *
     * @param cancelled polled while reading; once true the current file stops, what was read of it is kept,
     *                  its summary says it was cancelled and no further file is started
     * @return one summary per file started, in order
     * @throws IOException when a folder cannot be listed
     */
    public List<FileSummary> importPaths(List<Path> paths, ImportListener listener, BooleanSupplier cancelled)
            throws IOException {
        List<FileCollector.Collected> files = FileCollector.collect(paths);
        long bytesTotal = 0;
        for (FileCollector.Collected f : files) {
            bytesTotal += f.refusal() == null ? sizeOrZero(f.path()) : 0;
        }
        ImportRun run = new ImportRun(listener, clock, files.size(), bytesTotal);
        List<FileSummary> summaries = new ArrayList<>();
        for (FileCollector.Collected file : files) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            Instant start = clock.instant();
            FileSummary summary = file.refusal() != null ? refused(file.path(), start, file.refusal())
                    : importFile(file.path(), run, cancelled);
            summaries.add(summary);
            run.fileFinished(summary, summary.refused() ? 0 : sizeOrZero(file.path()));
            if (cancelled.getAsBoolean()) {
                break;
            }
        }
        return summaries;
    }

    private FileSummary importFile(Path file, ImportRun run, BooleanSupplier cancelled) {
        Instant start = clock.instant();
        String name = file.getFileName().toString();
        // Checked again right before opening: the file may have been replaced since it was listed.
        String special = SpecialFiles.refusal(file);
        if (special != null) {
            return refused(file, start, special);
        }
        LogFormat format;
        try {
            format = detector.detect(file);
        } catch (NoSuchFileException e) {
            return refused(file, start, "cannot read " + name + ": no such file. Check the path.");
        } catch (IOException e) {
            return refused(file, start, "cannot read " + name + ": " + e.getMessage());
        } catch (UnsupportedLogException e) {
            return refused(file, start, e.getMessage());
        }
        LogSource log;
        try {
            log = LogSource.of(file, cancelled);
        } catch (IOException e) {
            return refused(file, start, "cannot read " + name + ": " + e.getMessage());
        }
        FileImport im = new FileImport(file, format.id(), sink, log, run, cancelled);
        String error = null;
        long stopLine = 0;
        try {
            format.parse(log, im);
        } catch (CancellationException e) {
            error = "cancelled after " + im.executions() + " executions; those were kept";
        } catch (MalformedLogException e) {
            error = im.message(e.line(), e.getMessage());
            stopLine = e.line();
        } catch (IOException e) {
            error = "cannot read " + name + ": " + e.getMessage();
        } catch (UncheckedIOException e) {
            error = "cannot read " + name + ": " + e.getCause().getMessage();
        } catch (FileImport.StoreFailed e) {
            error = storeError(name, e);
        } catch (RuntimeException e) {
            error = "the " + format.displayName() + " reader failed on " + name + ": " + e
                    + ". What was read before is kept.";
        }
        if (error == null && log.position() < log.size()) {
            // A reader that gave up part way (a syntax error it cannot read past) lost the rest of the file.
            error = "the " + format.displayName() + " reader stopped after " + log.position() + " of " + log.size()
                    + " bytes; the rest of " + name + " was not read";
            stopLine = Math.max(log.lineReached(), im.lastRejectedLine());
        }
        try {
            im.finish();
            sink.flush();
        } catch (RuntimeException e) {
            error = storeError(name, e);
        }
        FileSummary.Position stoppedAt = error == null ? null
                : new FileSummary.Position(stopLine > 0 ? stopLine : log.lineReached(), log.position());
        return new FileSummary(file.toString(), format.id(), im.executions(), im.steps(), im.quarantined(),
                im.duplicates(), im.updated(), Duration.between(start, clock.instant()), error, stoppedAt, im.messages());
    }

    private static String storeError(String name, RuntimeException e) {
        return "could not store what was read from " + name + ": " + e.getMessage();
    }

    private FileSummary refused(Path file, Instant start, String error) {
        return new FileSummary(file.toString(), null, 0, 0, 0, 0, Duration.between(start, clock.instant()), error,
                List.of());
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
