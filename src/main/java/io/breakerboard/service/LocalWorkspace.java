package io.breakerboard.service;

import io.breakerboard.pipeline.Pipeline;
import io.breakerboard.store.PostgresDatabase;
import io.breakerboard.store.Store;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The workspace of one data directory (or team store), as {@link WorkspaceAssembler} put it together: it hands out
 * the roles and closes them in the order the data needs. It owns what it is built from and closes all of it.
 */
public final class LocalWorkspace implements Workspace {
    private static final System.Logger LOG = System.getLogger(LocalWorkspace.class.getName());
    private final Store store;
    private final Pipeline pipeline;
    private final Dashboards dashboards;
    private final Queries queries;
    private final LocalImports imports;
    private final Exports exports;
    private final LocalAlerting alerting;
    private final LocalReceiverControl receiver;
    private final BackgroundJobs jobs;
    private final EngineRoles engines;
    private final AtomicBoolean closed = new AtomicBoolean();

    LocalWorkspace(Store store, Pipeline pipeline, Dashboards dashboards, Queries queries, LocalImports imports,
                   Exports exports, LocalAlerting alerting, LocalReceiverControl receiver, BackgroundJobs jobs,
                   EngineRoles engines) {
        this.store = store;
        this.pipeline = pipeline;
        this.dashboards = dashboards;
        this.queries = queries;
        this.imports = imports;
        this.exports = exports;
        this.alerting = alerting;
        this.receiver = receiver;
        this.jobs = jobs;
        this.engines = engines;
    }

    @Override
    public Dashboards dashboards() {
        return dashboards;
    }

    @Override
    public Queries queries() {
        return queries;
    }

    @Override
    public Imports imports() {
        return imports;
    }

    @Override
    public Exports exports() {
        return exports;
    }

    /** The alerts; {@link LocalAlerting#start} turns judging on in every process that stores executions. */
    @Override
    public LocalAlerting alerting() {
        return alerting;
    }

    /**
     * Builds the engine, hands this workspace on (to a window, which is built meanwhile) and then, on this thread,
     * starts the alerts watching the engine's circuit breakers ("breaker open longer than N s"). What is asked of
     * the alerts between the two waits for the start; a start that fails is logged and leaves the stored alerts
     * shown.
     */
    public void handOverThenStartAlerts(Runnable handOver) {
        LocalEngine engine = engine();
        alerting.startingSoon();
        handOver.run();
        try {
            alerting.start(engine);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The alert rules could not start; the stored alerts are shown: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The agent engine, built on first use: commands that only import or report never start its threads.
     *
     * @throws IllegalStateException once the workspace is closed
     */
    @Override
    public LocalEngine engine() {
        return engines.engine();
    }

    /**
     * Faults and experiments on {@link #engine()}, the same engine the Engine and Reliability panels show: its
     * fault injector is installed on that engine when first asked for.
     */
    @Override
    public ChaosControl chaos() {
        return engines.chaos();
    }

    @Override
    public LabControl lab() {
        return engines.lab();
    }

    @Override
    public ReceiverControl receiver() {
        return receiver;
    }

    @Override
    public StoreSettings storeSettings() {
        Path dir = store.database().dataDir();
        return new StoreSettings(dir, store.database() instanceof PostgresDatabase team
                ? new StoreLocation(dir, team.url()) : StoreLocation.of(dir));
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
        jobs.cancelAll();
        // First, while the pipeline still takes what the engine finished.
        engines.close();
        alerting.close();
        // Before the pipeline closes, so the traces it still holds are stored.
        receiver.close();
        imports.close();
        jobs.close();
        try {
            pipeline.close();
        } finally {
            store.close();
        }
    }
}
