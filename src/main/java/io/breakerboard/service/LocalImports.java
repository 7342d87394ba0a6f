package io.breakerboard.service;

import io.breakerboard.ingest.FileSummary;
import io.breakerboard.ingest.ImportListener;
import io.breakerboard.ingest.Importer;
import io.breakerboard.ingest.Tailer;
import io.breakerboard.job.Job;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Imports on the workspace's job threads and followed files on its tail thread, both through the one pipeline;
 * the quarantine from the store.
 */
final class LocalImports implements Imports, AutoCloseable {
    private final Importer importer;
    private final Tailer tailer;
    private final ScheduledExecutorService tailThread;
    private final BackgroundJobs jobs;
    private final Store store;

    /** @param tailThread polls the followed files (and a team store's changes); stopped on close */
    LocalImports(Importer importer, Tailer tailer, ScheduledExecutorService tailThread, BackgroundJobs jobs, Store store) {
        this.importer = importer;
        this.tailer = tailer;
        this.tailThread = tailThread;
        this.jobs = jobs;
        this.store = store;
    }

    @Override
    public Job<List<FileSummary>> importPaths(List<Path> paths, ImportListener listener) {
        AtomicBoolean cancel = jobs.started();
        CompletableFuture<List<FileSummary>> result = new CompletableFuture<>();
        result.whenComplete((r, t) -> {
            if (result.isCancelled()) {
                cancel.set(true);
            }
        });
        jobs.threads().execute(() -> {
            try {
                List<FileSummary> summaries = importer.importPaths(paths, listener, cancel::get);
                if (cancel.get()) {
                    result.completeExceptionally(new CancellationException("import cancelled after "
                            + summaries.size() + " files; what was read is kept"));
                } else {
                    result.complete(summaries);
                }
            } catch (Throwable t) {
                result.completeExceptionally(t);
            } finally {
                jobs.finished(cancel);
            }
        });
        return new Job<>(title(paths), result, () -> cancel.set(true));
    }

    private static String title(List<Path> paths) {
        if (paths.size() == 1) {
            return "Importing " + paths.get(0).getFileName();
        }
        return "Importing " + paths.size() + " files and folders";
    }

    @Override
    public void watch(Path file) {
        tailer.watch(file);
    }

    @Override
    public void unwatch(Path file) {
        tailer.unwatch(file);
    }

    @Override
    public List<Path> watched() {
        return tailer.watched();
    }

    @Override
    public List<QuarantinedRecord> quarantine(String source, int limit) {
        return store.quarantine().find(source, limit);
    }

    /** Stops following; what was read so far is in the pipeline. */
    @Override
    public void close() {
        tailer.close();
        tailThread.shutdown();
        try {
            tailThread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
