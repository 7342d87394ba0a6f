package io.breakerboard.service;

import io.breakerboard.alerts.AlertSettings;
import io.breakerboard.alerts.BreakerStateSource;
import io.breakerboard.alerts.AlertRepository;
import io.breakerboard.alerts.delivery.Delivery;
import io.breakerboard.alerts.delivery.DeliverySettings;
import io.breakerboard.alerts.delivery.DeliverySettingsFile;
import io.breakerboard.alerts.delivery.DeliveryRepository;
import io.breakerboard.alerts.delivery.WebhookDispatcher;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.model.Alert;
import io.breakerboard.pipeline.Pipeline;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The alerts of one workspace: off (reading what the store holds) until {@link #start}, then judged every second
 * by an {@link AlertMonitor} that also looks at each new execution of the pipeline for anomalies.
 */
public final class LocalAlerting implements Alerting, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LocalAlerting.class.getName());
    /** How long a reader waits at most for a start announced by {@link #startingSoon()}. */
    static final Duration START_WAIT = Duration.ofSeconds(30);
    private final Metrics metrics;
    private final Pipeline pipeline;
    private final AlertRepository alerts;
    private final DeliveryRepository deliveries;
    private final WebhookDispatcher webhooks;
    private final Path deliverySettingsFile;
    private final BooleanSupplier leadership;
    private final Clock clock;
    private volatile AlertMonitor monitor;
    /** Counted down once a start announced by {@link #startingSoon()} has run (or failed); null without one. */
    private volatile CountDownLatch starting;

    /**
     * @param deliverySettingsFile where the webhooks are kept
     * @param leadership           whether this process judges the rules (on a team store only one does)
     */
    LocalAlerting(Metrics metrics, Pipeline pipeline, AlertRepository alerts, DeliveryRepository deliveries,
                  WebhookDispatcher webhooks, Path deliverySettingsFile, BooleanSupplier leadership, Clock clock) {
        this.metrics = metrics;
        this.pipeline = pipeline;
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.deliverySettingsFile = deliverySettingsFile;
        this.leadership = leadership;
        this.clock = clock;
    }

    /** The webhooks saved in {@code file}, or none (with a warning) when it cannot be read. */
    static DeliverySettings saved(Path file) {
        try {
            return DeliverySettingsFile.read(file);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Alert webhooks are not delivered: " + e.getMessage());
            return DeliverySettings.NONE;
        }
    }

    /**
     * Starts judging alert rules every second and looking at new executions for anomalies, taking up the alerts
     * earlier processes left open. Every process that stores executions turns it on (the window, import, engine
     * and chaos runs, serve); closing the workspace judges a last time after the final executions are stored.
     */
    public void start(BreakerStateSource breakers) {
        start(breakers, clock);
    }

    /** As {@link #start(BreakerStateSource)}, judging at {@code judgedAt}'s time (an engine on virtual time). */
    public synchronized void start(BreakerStateSource breakers, Clock judgedAt) {
        try {
            if (monitor == null) {
                monitor = AlertMonitor.start(metrics, alerts, breakers, judgedAt, Duration.ofSeconds(1), webhooks, leadership);
                pipeline.addListener(monitor);
            }
        } finally {
            CountDownLatch announced = starting;
            if (announced != null) {
                announced.countDown();
            }
        }
    }

    /**
     * Says that {@link #start} follows soon on this thread, after the workspace has been handed on (the window is
     * built meanwhile instead of after the stored alerts are read): until it has run, readers of the alerts wait
     * for it rather than read the store's list, whose rule alerts of earlier runs the started monitor judges
     * afresh.
     */
    public void startingSoon() {
        if (monitor == null) {
            starting = new CountDownLatch(1);
        }
    }

    // The started monitor, or null when alerts are off; waits for a start announced and still running.
    private AlertMonitor monitor() {
        AlertMonitor m = monitor;
        CountDownLatch announced = starting;
        if (m == null && announced != null) {
            try {
                if (!announced.await(START_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.log(System.Logger.Level.WARNING, "The alerts have not started within " + START_WAIT.toSeconds()
                            + " s; reading the stored ones meanwhile");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            m = monitor;
        }
        return m;
    }

    @Override
    public List<Alert> alerts() {
        AlertMonitor m = monitor();
        return m != null ? m.alerts() : alerts.recent(200);
    }

    @Override
    public void acknowledge(String alertId) {
        AlertMonitor m = monitor();
        if (m != null) {
            m.acknowledge(alertId);
        }
    }

    @Override
    public AlertSettings alertSettings() {
        AlertMonitor m = monitor();
        return m != null ? m.settings() : AlertMonitor.stored(alerts);
    }

    @Override
    public synchronized void saveAlertSettings(AlertSettings settings) {
        alerts.saveSettings(settings);
        AlertMonitor m = monitor;
        if (m != null) {
            m.settings(settings);
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
        DeliverySettingsFile.write(deliverySettingsFile, settings);
        webhooks.settings(settings);
    }

    /** The latest webhook deliveries, newest first. Reads the database. */
    @Override
    public List<Delivery> deliveries(int limit) {
        return deliveries.recent(limit);
    }

    /** Judges a last time, once everything stored so far has reached the monitor. */
    @Override
    public void close() {
        AlertMonitor m = monitor;
        if (m != null) {
            pipeline.flush();
            pipeline.removeListener(m);
            m.close();
        }
    }
}
