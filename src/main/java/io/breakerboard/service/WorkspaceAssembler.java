package io.breakerboard.service;

import io.breakerboard.alerts.delivery.DeliveryRepository;
import io.breakerboard.alerts.delivery.DeliverySettingsFile;
import io.breakerboard.alerts.delivery.WebhookDispatcher;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.sim.SystemEngineClock;
import io.breakerboard.export.CsvExporter;
import io.breakerboard.ingest.FormatDetector;
import io.breakerboard.ingest.Importer;
import io.breakerboard.ingest.Tailer;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.pipeline.MetricsRestorer;
import io.breakerboard.pipeline.Pipeline;
import io.breakerboard.repository.Repositories;
import io.breakerboard.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.function.UnaryOperator;

/**
 * Puts a workspace together: opens the store, builds the pipeline, metrics, importer and tailer, alerting, the
 * engine, chaos and lab, and the roles over them. The only place that wires them; the roles only use what they
 * are given.
 */
public final class WorkspaceAssembler {
    /** How often a workspace on a team store looks for what other processes stored. */
    static final Duration FOLLOW_EVERY = Duration.ofMillis(500);

    private WorkspaceAssembler() {
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
        Store store = location.open(components.clock());
        try {
            Clock clock = components.clock();
            UnaryOperator<String> textRedaction = components.textRedaction();
            Metrics metrics = components.metrics().get();
            Pipeline pipeline = new Pipeline(store.executions(), store.quarantine(), store.rollups(), store.shared(),
                    metrics, components.redaction(), textRedaction);
            if (store.isShared()) {
                pipeline.restoreShared();
            } else {
                new MetricsRestorer(store.executions(), store.rollups(), metrics).restore();
            }
            // Built by the first import or tailed file, off the window's launch (a third of a second of class
            // loading in a fresh process, competing with the window for the cores).
            FormatDetector detector = FormatDetector.lazy(components.formats());
            Importer importer = new Importer(detector, pipeline, clock);
            ScheduledExecutorService tailThread = Executors.newSingleThreadScheduledExecutor(daemon("breakerboard-tail"));
            Tailer tailer = new Tailer(detector, pipeline, tailThread, components.tailInterval());
            tailer.start();
            if (store.isShared()) {
                SharedStoreWatch.start(store.shared(), pipeline, tailThread, FOLLOW_EVERY);
            }
            BackgroundJobs jobs = new BackgroundJobs(Executors.newCachedThreadPool(daemon("breakerboard-job")));

            Repositories repositories = new Repositories(store.database());
            Path dataDir = store.database().dataDir();
            LocalDashboards dashboards = new LocalDashboards(metrics, store, clock);
            LocalQueries queries = new LocalQueries(store.executions());
            Path webhooksFile = DeliverySettingsFile.in(dataDir);
            DeliveryRepository deliveries = repositories.deliveries();
            LocalAlerting alerting = new LocalAlerting(metrics, pipeline, repositories.alerts(), deliveries,
                    new WebhookDispatcher(LocalAlerting.saved(webhooksFile), deliveries, clock, WebhookDispatcher.Pause.SLEEP),
                    webhooksFile, store.isShared() ? AlertLeadership.of(store.shared()) : AlertLeadership.ALWAYS, clock);
            LocalImports imports = new LocalImports(importer, tailer, tailThread, jobs, store);
            LocalExports exports = new LocalExports(new CsvExporter(textRedaction), store.executions(), dashboards,
                    alerting, jobs);
            EngineRoles engines = new EngineRoles(
                    () -> LocalEngine.open(engineClock, pipeline, repositories, dataDir, textRedaction),
                    engine -> new LocalChaosControl(engine, repositories.experiments(), repositories.reports(),
                            jobs.threads(), textRedaction, clock),
                    () -> new LocalLab(repositories.labRuns(), n -> queries.withSteps(MetricsFilter.all(), n),
                            queries::withSteps, jobs.threads(), textRedaction, clock));
            return new LocalWorkspace(store, pipeline, dashboards, queries, imports, exports, alerting,
                    new LocalReceiverControl(pipeline, clock), jobs, engines);
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
}
