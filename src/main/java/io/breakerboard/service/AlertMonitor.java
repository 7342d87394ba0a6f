package io.breakerboard.service;

import io.breakerboard.alerts.AlertEngine;
import io.breakerboard.alerts.AlertRecorder;
import io.breakerboard.alerts.AlertRepository;
import io.breakerboard.alerts.AlertSettings;
import io.breakerboard.alerts.AlertStoreException;
import io.breakerboard.alerts.BreakerStateSource;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.model.Alert;
import io.breakerboard.model.Execution;
import io.breakerboard.pipeline.PipelineListener;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Keeps alerts live for a window: judges the rules on a schedule, looks at every newly stored execution for
 * anomalies (off the pipeline's writer thread) and records every transition in the store.
 */
final class AlertMonitor implements PipelineListener, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AlertMonitor.class.getName());

    private final AlertEngine engine;
    private final ScheduledExecutorService scheduler;
    private final BooleanSupplier leading;
    private final AlertRepository repository;
    private volatile boolean leads;

    private AlertMonitor(AlertEngine engine, ScheduledExecutorService scheduler, BooleanSupplier leading,
                         AlertRepository repository) {
        this.engine = engine;
        this.scheduler = scheduler;
        this.leading = leading;
        this.repository = repository;
        this.leads = leading == AlertLeadership.ALWAYS;
    }

    /** Loads the stored settings (defaults when none or unreadable) and starts judging every {@code every}. */
    static AlertMonitor start(Metrics metrics, AlertRepository repository, BreakerStateSource breakers, Clock clock,
                              Duration every) {
        return start(metrics, repository, breakers, clock, every, AlertLeadership.ALWAYS);
    }

    /**
     * As {@link #start(Metrics, AlertRepository, BreakerStateSource, Clock, Duration)}, judging and inspecting
     * only while {@code leading} says so (asked at every tick, on the alert thread): one process per team store.
     */
    static AlertMonitor start(Metrics metrics, AlertRepository repository, BreakerStateSource breakers, Clock clock,
                              Duration every, BooleanSupplier leading) {
        AlertEngine engine = new AlertEngine(metrics, breakers, stored(repository), clock);
        engine.addListener(new AlertRecorder(repository));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "breakerboard-alerts");
            t.setDaemon(true);
            return t;
        });
        AlertMonitor monitor = new AlertMonitor(engine, scheduler, leading, repository);
        scheduler.scheduleWithFixedDelay(monitor::evaluate, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return monitor;
    }

    /** The stored settings; the defaults when none were stored or they are unusable (which is logged). */
    static AlertSettings stored(AlertRepository repository) {
        try {
            return repository.loadSettings().orElse(AlertSettings.DEFAULTS);
        } catch (AlertStoreException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Stored alert settings are unusable, using the defaults: " + e.getMessage());
            return AlertSettings.DEFAULTS;
        }
    }

    AlertSettings settings() {
        return engine.settings();
    }

    void settings(AlertSettings settings) {
        engine.settings(settings);
    }

    private void evaluate() {
        try {
            leads = leading.getAsBoolean();
            if (!leads) {
                return;
            }
            engine.evaluate();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Judging the alert rules failed; trying again at the next tick", e);
        }
    }

    @Override
    public void executionsAdded(List<Execution> added, long dataVersion) {
        scheduler.execute(() -> {
            if (!leads) {
                return;
            }
            for (Execution e : added) {
                engine.inspect(e);
            }
        });
    }

    /** The alerts this process judges; on a team store another process judges, those it recorded. */
    List<Alert> alerts() {
        return leads ? engine.alerts() : repository.recent(200);
    }

    void acknowledge(String id) {
        engine.acknowledge(id);
    }

    @Override
    public void close() {
        if (leading instanceof AlertLeadership held) {
            scheduler.execute(held::release);
        }
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
