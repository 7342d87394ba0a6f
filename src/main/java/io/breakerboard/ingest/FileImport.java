package io.breakerboard.ingest;

import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.model.Redactor;
import io.breakerboard.model.ValueRanges;
import io.breakerboard.pipeline.ExecutionSink;
import io.breakerboard.pipeline.WriteCounts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;

/**
 * Receives what a format reads from one file: stamps each execution with its source and format, hands them to
 * the sink in batches without waiting for the store, and keeps rejected records for the quarantine. An execution
 * with a value outside {@link ValueRanges} is rejected here, whatever format read it, so it never reaches the store.
 */
final class FileImport implements ParseSink {
    static final int BATCH_EXECUTIONS = 1_000;
    static final int BATCH_STEPS = 20_000;
    static final int QUARANTINE_BATCH = 500;
    static final int MAX_MESSAGES = 10;

    private final String source;
    private final String fileName;
    private final String formatId;
    private final ExecutionSink sink;
    private final LogSource log;
    private final ImportRun run;
    private final BooleanSupplier cancelled;
    private final List<CompletableFuture<WriteCounts>> pending = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private List<Execution> batch = new ArrayList<>();
    private List<QuarantinedRecord> rejected = new ArrayList<>();
    private int batchSteps;
    private long executions;
    private long steps;
    private long quarantined;
    private long duplicates;
    private long updated;
    private long lastRejectedLine;

    FileImport(Path file, String formatId, ExecutionSink sink, LogSource log, ImportRun run, BooleanSupplier cancelled) {
        this.source = file.toString();
        this.fileName = file.getFileName().toString();
        this.formatId = formatId;
        this.sink = sink;
        this.log = log;
        this.run = run;
        this.cancelled = cancelled;
    }

    @Override
    public void execution(Execution execution) {
        checkCancelled();
        String outOfRange = ValueRanges.problem(execution);
        if (outOfRange != null) {
            reject(0, OutOfRange.reason(execution, outOfRange), OutOfRange.raw(execution));
            return;
        }
        Execution stamped = execution.withOrigin(source, formatId);
        batch.add(stamped);
        executions++;
        steps += stamped.steps().size();
        batchSteps += stamped.steps().size();
        if (batch.size() >= BATCH_EXECUTIONS || batchSteps >= BATCH_STEPS) {
            sendBatch();
        }
        run.maybeReport(source, log.bytesRead(), log.size(), executions);
    }

    @Override
    public void reject(long line, String reason, String raw) {
        checkCancelled();
        quarantined++;
        lastRejectedLine = Math.max(lastRejectedLine, line);
        if (messages.size() < MAX_MESSAGES) {
            messages.add(message(line, reason));
        }
        rejected.add(new QuarantinedRecord(source, line, reason, raw));
        if (rejected.size() >= QUARANTINE_BATCH) {
            sendRejected();
        }
        run.maybeReport(source, log.bytesRead(), log.size(), executions);
    }

    /**
     * {@code file:line: reason}, or {@code file: reason} when the whole file is meant. The reason may quote the
     * record, so it is masked like the quarantined copy.
     */
    String message(long line, String reason) {
        String masked = Redactor.DEFAULT.redact(reason);
        return line > 0 ? fileName + ":" + line + ": " + masked : fileName + ": " + masked;
    }

    /**
     * Hands over what is still buffered and waits until the store has it; then {@link #duplicates()} and
     * {@link #updated()} are counted.
     */
    void finish() {
        sendBatch();
        sendRejected();
        for (CompletableFuture<WriteCounts> f : pending) {
            try {
                WriteCounts counts = f.join();
                duplicates += counts.duplicates();
                updated += counts.updated();
            } catch (CompletionException e) {
                throw new StoreFailed(e.getCause() != null ? e.getCause() : e);
            }
        }
        pending.clear();
    }

    long duplicates() {
        return duplicates;
    }

    long updated() {
        return updated;
    }

    long executions() {
        return executions;
    }

    long steps() {
        return steps;
    }

    long quarantined() {
        return quarantined;
    }

    /** The furthest line a rejected record started on, 0 when none was rejected. */
    long lastRejectedLine() {
        return lastRejectedLine;
    }

    List<String> messages() {
        return messages;
    }

    private void sendBatch() {
        if (batch.isEmpty()) {
            return;
        }
        List<Execution> full = batch;
        batch = new ArrayList<>();
        batchSteps = 0;
        try {
            pending.add(sink.writeCountedAsync(full));
        } catch (RuntimeException e) {
            throw new StoreFailed(e);
        }
    }

    private void sendRejected() {
        if (rejected.isEmpty()) {
            return;
        }
        List<QuarantinedRecord> full = rejected;
        rejected = new ArrayList<>();
        try {
            sink.quarantine(full);
        } catch (RuntimeException e) {
            throw new StoreFailed(e);
        }
    }

    // Formats that catch exceptions per record would swallow the source's own cancellation; this check is not.
    private void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("import of " + source + " cancelled");
        }
    }

    /** The sink could not take what was read: a storage problem, not a problem of the file. */
    static final class StoreFailed extends RuntimeException {
        StoreFailed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
