package io.breakerboard.service;

import io.breakerboard.ingest.FileSummary;
import io.breakerboard.ingest.FormatDetector;
import io.breakerboard.ingest.ImportListener;
import io.breakerboard.ingest.Importer;
import io.breakerboard.ingest.TailStatus;
import io.breakerboard.ingest.Tailer;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.pipeline.MetricsRestorer;
import io.breakerboard.pipeline.Pipeline;
import io.breakerboard.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The workspace of one data directory: dashboards from the in-memory metrics, lists and traces from the store,
 * imports and followed files through the one pipeline. It owns what it is built from and closes all of it.
 */
public final class LocalWorkspace implements Workspace {
    private final Store store;
    private final Pipeline pipeline;
    private final Metrics metrics;
    private final Importer importer;
    private final Tailer tailer;
    private final ExecutorService jobs;
    private final ScheduledExecutorService tailScheduler;
    private final Set<AtomicBoolean> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    public LocalWorkspace(Store store, Pipeline pipeline, Metrics metrics, Importer importer, Tailer tailer,
                          ExecutorService jobs, ScheduledExecutorService tailScheduler) {
        this.store = store;
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.importer = importer;
        this.tailer = tailer;
        this.jobs = jobs;
        this.tailScheduler = tailScheduler;
    }

    /**
     * Opens the workspace of a data directory: the database, the metrics brought back from the saved rollups,
     * the pipeline, and a tailer that starts polling at once.
     *
     * @throws io.breakerboard.store.DataDirectoryInUseException when another process has the directory open
     */
    public static LocalWorkspace open(Path dataDir, Components components) {
        Store store = Store.open(dataDir, components.clock());
        try {
            Metrics metrics = components.metrics().get();
            new MetricsRestorer(store.executions(), store.rollups(), metrics).restore();
            Pipeline pipeline = new Pipeline(store.executions(), store.quarantine(), store.rollups(), metrics,
                    components.redaction(), components.textRedaction());
            FormatDetector detector = new FormatDetector(components.formats().get());
            Importer importer = new Importer(detector, pipeline, components.clock());
            ScheduledExecutorService tailScheduler = Executors.newSingleThreadScheduledExecutor(daemon("breakerboard-tail"));
            Tailer tailer = new Tailer(detector, pipeline, tailScheduler, components.tailInterval());
            tailer.start();
            ExecutorService jobs = Executors.newCachedThreadPool(daemon("breakerboard-job"));
            return new LocalWorkspace(store, pipeline, metrics, importer, tailer, jobs, tailScheduler);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public DashboardSnapshot snapshot(MetricsFilter filter) {
        return metrics.snapshot(filter);
    }

    @Override
    public long dataVersion() {
        return metrics.version();
    }

    @Override
    public SortedSet<String> agents() {
        return metrics.agents();
    }

    @Override
    public Optional<TimeRange> dataSpan() {
        return metrics.span();
    }

    @Override
    public List<Execution> executions(MetricsFilter filter, boolean failuresOnly, int limit) {
        return store.executions().find(filter, failuresOnly, limit);
    }

    @Override
    public Optional<Execution> execution(String key) {
        return store.executions().findByKey(key);
    }

    @Override
    public List<QuarantinedRecord> quarantine(String source, int limit) {
        return store.quarantine().find(source, limit);
    }

    @Override
    public Job<List<FileSummary>> importPaths(List<Path> paths, ImportListener listener) {
        AtomicBoolean cancel = new AtomicBoolean();
        CompletableFuture<List<FileSummary>> result = new CompletableFuture<>();
        result.whenComplete((r, t) -> {
            if (result.isCancelled()) {
                cancel.set(true);
            }
        });
        running.add(cancel);
        jobs.execute(() -> {
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
                running.remove(cancel);
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

    /** Where following each file stands. */
    public List<TailStatus> tailStatus() {
        return tailer.status();
    }

    /** The pipeline, for the agent engine to write through and the window to listen to. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** Stops imports (keeping what they finished) and following, then saves and closes the database. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        running.forEach(c -> c.set(true));
        tailer.close();
        tailScheduler.shutdown();
        jobs.shutdown();
        try {
            tailScheduler.awaitTermination(30, TimeUnit.SECONDS);
            jobs.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            pipeline.close();
        } finally {
            store.close();
        }
    }
}
