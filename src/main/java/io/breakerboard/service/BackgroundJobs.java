package io.breakerboard.service;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The job threads of one workspace (imports, exports, experiments, lab runs) and the cancel flags of the jobs
 * running on them, so closing the workspace stops every job at its next check, keeping what it finished.
 */
final class BackgroundJobs implements AutoCloseable {
    private final ExecutorService threads;
    private final Set<AtomicBoolean> running = ConcurrentHashMap.newKeySet();

    BackgroundJobs(ExecutorService threads) {
        this.threads = threads;
    }

    /** The threads, for roles that run work of their own (chaos experiments, lab runs). */
    ExecutorService threads() {
        return threads;
    }

    /** A cancel flag for a new job, raised when the workspace closes; {@link #finished} it when the job ends. */
    AtomicBoolean started() {
        AtomicBoolean cancel = new AtomicBoolean();
        running.add(cancel);
        return cancel;
    }

    void finished(AtomicBoolean cancel) {
        running.remove(cancel);
    }

    /** Asks every running job to stop. */
    void cancelAll() {
        running.forEach(c -> c.set(true));
    }

    /** Waits (up to 30 s) for the jobs to end. */
    @Override
    public void close() {
        cancelAll();
        threads.shutdown();
        try {
            threads.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
