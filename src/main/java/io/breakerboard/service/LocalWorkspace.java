package io.breakerboard.service;

import io.breakerboard.repository.Repositories;
import io.breakerboard.job.Job;
import io.breakerboard.export.AlertColumns;
import io.breakerboard.export.ScoreColumns;
import java.util.Locale;
import java.util.ArrayList;
import io.breakerboard.metrics.AgentStats;
import java.time.Clock;
import java.util.function.UnaryOperator;
import io.breakerboard.alerts.BreakerStateSource;
import io.breakerboard.alerts.AlertRepository;
import io.breakerboard.alerts.AlertSettings;
import io.breakerboard.alerts.delivery.Delivery;
import io.breakerboard.alerts.delivery.DeliverySettings;
import io.breakerboard.alerts.delivery.DeliverySettingsFile;
import io.breakerboard.alerts.delivery.DeliveryRepository;
import io.breakerboard.alerts.delivery.WebhookDispatcher;
import io.breakerboard.engine.time.EngineClock;
import io.breakerboard.engine.time.SystemEngineClock;
import io.breakerboard.export.CsvExporter;
import io.breakerboard.export.ExportControl;
import io.breakerboard.ingest.FileSummary;
import io.breakerboard.ingest.FormatDetector;
import io.breakerboard.ingest.ImportListener;
import io.breakerboard.ingest.Importer;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.TailStatus;
import io.breakerboard.ingest.Tailer;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.ScannedSnapshot;
import io.breakerboard.metrics.QualityReport;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Alert;
import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.pipeline.MetricsRestorer;
import io.breakerboard.pipeline.Pipeline;
import io.breakerboard.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The workspace of one data directory: dashboards from the in-memory metrics, lists and traces from the store,
 * imports and followed files through the one pipeline. It owns what it is built from and closes all of it.
 */
public final class LocalWorkspace implements Workspace {
    private static final System.Logger LOG = System.getLogger(LocalWorkspace.class.getName());
    private final Store store;
    private final Pipeline pipeline;
    private final Metrics metrics;
    private final Importer importer;
    private final Tailer tailer;
    private final LocalReceiverControl receiver;
    private final ExecutorService jobs;
    private final ScheduledExecutorService tailScheduler;
    /** How often a workspace on a team store looks for what other processes stored. */
    static final Duration FOLLOW_EVERY = Duration.ofMillis(500);

    private final Set<AtomicBoolean> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CsvExporter exporter;
    private final Repositories repositories;
    private final AlertRepository alertRepository;
    private final DeliveryRepository deliveries;
    private final WebhookDispatcher webhooks;
    private volatile AlertMonitor alertMonitor;
    private final Supplier<LocalEngine> engineFactory;
    private LocalEngine engine;
    private LocalChaosControl chaos;
    private LocalLab lab;

    private final UnaryOperator<String> textRedaction;
    private final Clock clock;

    public LocalWorkspace(Store store, Pipeline pipeline, Metrics metrics, Importer importer, Tailer tailer,
                          ExecutorService jobs, ScheduledExecutorService tailScheduler,
                          UnaryOperator<String> textRedaction, Clock clock, Supplier<LocalEngine> engineFactory) {
        this.engineFactory = engineFactory;
        this.textRedaction = textRedaction;
        this.clock = clock;
        this.store = store;
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.importer = importer;
        this.tailer = tailer;
        this.receiver = new LocalReceiverControl(pipeline, clock);
        this.jobs = jobs;
        this.tailScheduler = tailScheduler;
        this.exporter = new CsvExporter(textRedaction);
        this.repositories = new Repositories(store.database());
        this.alertRepository = repositories.alerts();
        this.deliveries = repositories.deliveries();
        this.webhooks = new WebhookDispatcher(savedDeliverySettings(), deliveries, clock, WebhookDispatcher.Pause.SLEEP);
    }

    private DeliverySettings savedDeliverySettings() {
        try {
            return DeliverySettingsFile.read(DeliverySettingsFile.in(store.database().dataDir()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Alert webhooks are not delivered: " + e.getMessage());
            return DeliverySettings.NONE;
        }
    }

    /** Where firing and resolved alerts are delivered, from the data directory's webhooks file. */
    @Override
    public DeliverySettings deliverySettings() {
        return webhooks.settings();
    }

    /** Saves the webhooks into the data directory and delivers the alerts that happen from now on to them. Writes a file. */
    @Override
    public void saveDeliverySettings(DeliverySettings settings) {
        DeliverySettingsFile.write(DeliverySettingsFile.in(store.database().dataDir()), settings);
        webhooks.settings(settings);
    }

    /** The latest webhook deliveries, newest first. Reads the database. */
    @Override
    public List<Delivery> deliveries(int limit) {
        return deliveries.recent(limit);
    }

    /**
     * Opens the workspace of a data directory: the database, the metrics brought back from the saved rollups,
     * the pipeline, and a tailer that starts polling at once. Its agent engine runs on real time.
     *
     * @throws io.breakerboard.store.DataDirectoryInUseException when another process has the directory open
     */
    public static LocalWorkspace open(Path dataDir, Components components) {
        return open(dataDir, components, new SystemEngineClock());
    }

    /**
     * As {@link #open(Path, Components)}, with the agent engine on {@code engineClock}: a virtual clock runs
     * simulated traffic as fast as the machine allows (command line, tests).
     */
    public static LocalWorkspace open(Path dataDir, Components components, EngineClock engineClock) {
        return open(StoreLocation.of(dataDir), components, engineClock);
    }

    /** As {@link #open(Path, Components)}, on the data directory's database or a team store. */
    public static LocalWorkspace open(StoreLocation location, Components components) {
        return open(location, components, new SystemEngineClock());
    }

    /**
     * As {@link #open(Path, Components, EngineClock)}, on the data directory's database or a team store. On a
     * team store the metrics follow what other processes store (checked every {@link #FOLLOW_EVERY}).
     */
    public static LocalWorkspace open(StoreLocation location, Components components, EngineClock engineClock) {
        // Building the formats is about a second of class loading in a fresh process; it runs on another core
        // while the database opens.
        CompletableFuture<List<LogFormat>> formats = CompletableFuture.supplyAsync(components.formats());
        Store store = location.open(components.clock());
        try {
            Metrics metrics = components.metrics().get();
            Pipeline pipeline = new Pipeline(store.executions(), store.quarantine(), store.rollups(), store.shared(),
                    metrics, components.redaction(), components.textRedaction());
            if (store.isShared()) {
                pipeline.restoreShared();
            } else {
                new MetricsRestorer(store.executions(), store.rollups(), metrics).restore();
            }
            FormatDetector detector = new FormatDetector(joined(formats));
            Importer importer = new Importer(detector, pipeline, components.clock());
            ScheduledExecutorService tailScheduler = Executors.newSingleThreadScheduledExecutor(daemon("breakerboard-tail"));
            Tailer tailer = new Tailer(detector, pipeline, tailScheduler, components.tailInterval());
            tailer.start();
            if (store.isShared()) {
                SharedStoreWatch.start(store.shared(), pipeline, tailScheduler, FOLLOW_EVERY);
            }
            ExecutorService jobs = Executors.newCachedThreadPool(daemon("breakerboard-job"));
            Supplier<LocalEngine> engine = () -> LocalEngine.open(engineClock, pipeline,
                    new Repositories(store.database()), store.database().dataDir(), components.textRedaction());
            return new LocalWorkspace(store, pipeline, metrics, importer, tailer, jobs, tailScheduler,
                    components.textRedaction(), components.clock(), engine);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
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
        return filter.needsExecutions() ? ScannedSnapshot.of(store.executions().scan(filter, false), filter, clock)
                : metrics.snapshot(filter);
    }

    @Override
    public SortedSet<String> patterns() {
        SortedSet<String> all = new TreeSet<>(Workspace.super.patterns());
        all.addAll(metrics.patterns());
        return all;
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
    public QualityReport quality(MetricsFilter filter) {
        return StoredReport.quality(store, filter);
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

    /**
     * The agent engine, built on first use: commands that only import or report never start its threads.
     *
     * @throws IllegalStateException once the workspace is closed
     */
    @Override
    public synchronized LocalEngine engine() {
        if (closed.get()) {
            throw new IllegalStateException("the workspace is closed; open it again to run the engine");
        }
        if (engine == null) {
            engine = engineFactory.get();
        }
        return engine;
    }

    /**
     * Faults and experiments on {@link #engine()}, the same engine the Engine and Reliability panels show: its
     * fault injector is installed on that engine when first asked for.
     */
    @Override
    public synchronized ChaosControl chaos() {
        if (chaos == null) {
            chaos = new LocalChaosControl(engine(), repositories.experiments(), repositories.reports(), jobs,
                    textRedaction, clock);
        }
        return chaos;
    }

    @Override
    public synchronized LabControl lab() {
        if (lab == null) {
            lab = new LocalLab(repositories.labRuns(), this::recordedWithSteps,
                    (filter, n) -> executions(filter, false, n).stream().map(e -> execution(e.key()).orElse(e)).toList(), jobs,
                    textRedaction, clock);
        }
        return lab;
    }

    // The list reads packed blocks without steps; each execution's steps are read by its key.
    private List<Execution> recordedWithSteps(int n) {
        return executions(MetricsFilter.all(), false, n).stream().map(e -> execution(e.key()).orElse(e)).toList();
    }

    /**
     * Starts judging alert rules every second and looking at new executions for anomalies, taking up the alerts
     * earlier processes left open. Every process that stores executions turns it on (the window, import, engine
     * and chaos runs, serve); closing the workspace judges a last time after the final executions are stored.
     */
    public void startAlerting(BreakerStateSource breakers) {
        startAlerting(breakers, clock);
    }

    /** As {@link #startAlerting(BreakerStateSource)}, judging at {@code judgedAt}'s time (an engine on virtual time). */
    public synchronized void startAlerting(BreakerStateSource breakers, Clock judgedAt) {
        if (alertMonitor == null) {
            alertMonitor = AlertMonitor.start(metrics, alertRepository, breakers, judgedAt, Duration.ofSeconds(1),
                    webhooks, store.isShared() ? AlertLeadership.of(store.shared()) : AlertLeadership.ALWAYS);
            pipeline.addListener(alertMonitor);
        }
    }

    @Override
    public List<Alert> alerts() {
        AlertMonitor monitor = alertMonitor;
        return monitor != null ? monitor.alerts() : alertRepository.recent(200);
    }

    @Override
    public void acknowledge(String alertId) {
        AlertMonitor monitor = alertMonitor;
        if (monitor != null) {
            monitor.acknowledge(alertId);
        }
    }

    @Override
    public StoreSettings storeSettings() {
        Path dir = store.database().dataDir();
        return new StoreSettings(dir, store.database() instanceof io.breakerboard.store.PostgresDatabase team
                ? new StoreLocation(dir, team.url()) : StoreLocation.of(dir));
    }

    @Override
    public AlertSettings alertSettings() {
        AlertMonitor monitor = alertMonitor;
        return monitor != null ? monitor.settings() : AlertMonitor.stored(alertRepository);
    }

    @Override
    public synchronized void saveAlertSettings(AlertSettings settings) {
        alertRepository.saveSettings(settings);
        AlertMonitor monitor = alertMonitor;
        if (monitor != null) {
            monitor.settings(settings);
        }
    }

    @Override
    public Job<Long> export(ExportKind kind, MetricsFilter filter, Path target, LongConsumer rowsWritten) {
        AtomicBoolean cancel = new AtomicBoolean();
        running.add(cancel);
        ExportControl control = new ExportControl(rowsWritten, cancel::get);
        CompletableFuture<Long> result = CompletableFuture.supplyAsync(() -> {
            try {
                return switch (kind) {
                    case EXECUTIONS -> exporter.writeExecutions(store.executions().scan(filter, false), target, control);
                    case FAILURES -> exporter.writeFailures(store.executions().scan(filter, true), target, control);
                    case AGENT_SUMMARY -> {
                        DashboardSnapshot s = snapshot(filter);
                        List<AgentStats> rows = new ArrayList<>(s.agents());
                        rows.add(s.total());
                        yield exporter.writeAgentSummary(rows, target, control);
                    }
                    case ALERTS -> exporter.writeTable(AlertColumns.all(), alerts(), target, control);
                    case SCORES -> exporter.writeTable(ScoreColumns.all(),
                            ScoreColumns.rows(store.executions().scan(filter, false)), target, control);
                };
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage()
                        + ". Choose a folder you can write to.", e);
            } finally {
                running.remove(cancel);
            }
        }, jobs);
        return new Job<>("Exporting " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " to " + target.getFileName(), result, () -> cancel.set(true));
    }

    /** Where following each file stands. */
    @Override
    public ReceiverControl receiver() {
        return receiver;
    }

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
        LocalEngine built;
        LocalChaosControl faults;
        synchronized (this) {
            built = engine;
            faults = chaos;
        }
        if (faults != null) {
            // Faults go first, so no call still hangs on one while the engine winds down.
            faults.close();
        }
        if (built != null) {
            // First, while the pipeline still takes what the engine finished.
            built.close();
        }
        AlertMonitor monitor = alertMonitor;
        if (monitor != null) {
            // Everything stored so far reaches the monitor before its last look.
            pipeline.flush();
            pipeline.removeListener(monitor);
            monitor.close();
        }
        // Before the pipeline closes, so the traces it still holds are stored.
        receiver.close();
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
