package io.breakerboard.service;

import io.breakerboard.alerts.AlertEngine;
import io.breakerboard.alerts.AlertRecorder;
import io.breakerboard.alerts.AlertRepository;
import io.breakerboard.alerts.AlertSettings;
import io.breakerboard.alerts.AlertStoreException;
import io.breakerboard.alerts.Alerts;
import io.breakerboard.alerts.BreakerStateSource;
import io.breakerboard.alerts.delivery.WebhookDispatcher;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.model.Alert;
import io.breakerboard.model.Execution;
import io.breakerboard.pipeline.PipelineListener;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Keeps alerts live in every process that stores executions (the window, {@code import}, {@code engine run},
 * {@code chaos run}, {@code serve}): judges the rules on a schedule, looks at every newly stored execution for
 * anomalies (off the pipeline's writer thread) and records every transition in the store. It takes up what an
 * earlier process left open, so an alert is stored once however many processes saw its cause.
 */
final class AlertMonitor implements PipelineListener, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AlertMonitor.class.getName());

    /** How many stored alerts a new window takes back from the store. */
    static final int RESTORED = 500;
    private static final java.util.Set<String> RULES = java.util.Arrays.stream(io.breakerboard.alerts.RuleKind.values())
            .map(io.breakerboard.alerts.RuleKind::id).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final AlertEngine engine;
    private final ScheduledExecutorService scheduler;
    private final WebhookDispatcher webhooks;
    private final BooleanSupplier leading;
    private final AlertRepository repository;
    private final Clock clock;
    // On a team store: the process judging the rules takes up acknowledgements other processes stored.
    private final boolean shared;
    private volatile boolean leads;
    // Alerts of earlier runs, by id: anomalies and resolved alerts as stored. Open alerts of rules are left to
    // the rules, which judge again from now; an old "firing" would count twice or linger.
    private final java.util.Map<String, Alert> restored = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Merged merged = new Merged(List.of(), List.of());

    /** The merged list made from one list of this run's alerts, kept until the engine's list changes. */
    private record Merged(List<Alert> live, List<Alert> all) {
    }

    private AlertMonitor(AlertEngine engine, ScheduledExecutorService scheduler, WebhookDispatcher webhooks,
                         BooleanSupplier leading, AlertRepository repository, Clock clock) {
        this.engine = engine;
        this.clock = clock;
        this.shared = leading != AlertLeadership.ALWAYS;
        this.scheduler = scheduler;
        this.webhooks = webhooks;
        this.leading = leading;
        this.repository = repository;
        this.leads = leading == AlertLeadership.ALWAYS;
    }

    /**
     * Loads the stored settings (defaults when none or unreadable) and starts judging every {@code every};
     * firing and resolved alerts also go to {@code webhooks}.
     */
    static AlertMonitor start(Metrics metrics, AlertRepository repository, BreakerStateSource breakers, Clock clock,
                              Duration every, WebhookDispatcher webhooks) {
        return start(metrics, repository, breakers, clock, every, webhooks, AlertLeadership.ALWAYS);
    }

    /**
     * As {@link #start(Metrics, AlertRepository, BreakerStateSource, Clock, Duration, WebhookDispatcher)}, judging
     * and inspecting only while {@code leading} says so (asked at every tick, on the alert thread): one process per
     * team store.
     */
    static AlertMonitor start(Metrics metrics, AlertRepository repository, BreakerStateSource breakers, Clock clock,
                              Duration every, WebhookDispatcher webhooks, BooleanSupplier leading) {
        AlertSettings settings = stored(repository);
        AlertEngine engine = new AlertEngine(metrics, breakers, settings, clock);
        // One read of the newest alerts serves both: the engine's anomalies and the list shown beside its alerts.
        int keep = settings.anomalies().keep();
        List<Alert> recent = recent(repository, Math.max(keep, RESTORED));
        engine.resume(takenUp(repository, recent, keep));
        engine.addListener(new AlertRecorder(repository));
        engine.addListener(webhooks);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "breakerboard-alerts");
            t.setDaemon(true);
            return t;
        });
        AlertMonitor monitor = new AlertMonitor(engine, scheduler, webhooks, leading, repository, clock);
        monitor.restore(recent.subList(0, Math.min(RESTORED, recent.size())));
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

    /** The newest {@code limit} stored alerts; none when the store cannot be read (which is logged). */
    private static List<Alert> recent(AlertRepository repository, int limit) {
        try {
            return repository.recent(limit);
        } catch (AlertStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Stored alerts are unreadable; judging afresh and showing this run's "
                    + "only: " + e.getMessage());
            return List.of();
        }
    }

    /**
     * What earlier processes left open, and their {@code keep} newest anomalies, of the store whose newest alerts are
     * {@code newest}; nothing when the store cannot be read.
     */
    private static List<Alert> takenUp(AlertRepository repository, List<Alert> newest, int keep) {
        if (newest.isEmpty()) {
            // An empty store (or an unreadable one, logged) has nothing open either.
            return List.of();
        }
        try {
            List<Alert> all = new ArrayList<>(repository.open());
            all.addAll(newest.subList(0, Math.min(keep, newest.size())));
            return all;
        } catch (AlertStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Stored alerts are unreadable; judging afresh: " + e.getMessage());
            return List.of();
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
            if (shared) {
                takeUpAcknowledgements();
            }
            engine.evaluate();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Judging the alert rules failed; trying again at the next tick", e);
        }
    }

    /** Marks as seen the alerts shown here that another process stored as acknowledged. */
    private void takeUpAcknowledgements() {
        List<String> unseen = new ArrayList<>();
        for (Alert a : engine.alerts()) {
            if (!a.acknowledged()) {
                unseen.add(a.id());
            }
        }
        restored.values().stream().filter(a -> !a.acknowledged()).forEach(a -> unseen.add(a.id()));
        if (unseen.isEmpty()) {
            return;
        }
        java.util.Set<String> seen = repository.acknowledged(unseen);
        if (seen.isEmpty()) {
            return;
        }
        engine.acknowledgedElsewhere(seen);
        for (String id : seen) {
            restored.computeIfPresent(id, (k, a) -> Alerts.acknowledged(a));
        }
        merged = new Merged(List.of(), List.of());
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

    /** Takes back, of the newest stored alerts, those worth showing again. */
    private void restore(List<Alert> newest) {
        for (Alert a : newest) {
            if (!RULES.contains(a.rule()) || a.state() == io.breakerboard.model.AlertState.RESOLVED) {
                restored.put(a.id(), a);
            }
        }
    }

    /**
     * This run's alerts and the stored ones of earlier runs, firing first; this run's version of an id wins. On a
     * team store where another process judges, the alerts it recorded.
     */
    List<Alert> alerts() {
        if (!leads) {
            return repository.recent(200);
        }
        List<Alert> live = engine.alerts();
        if (restored.isEmpty()) {
            return live;
        }
        Merged last = merged;
        if (live == last.live() && !last.all().isEmpty()) {
            return last.all();
        }
        java.util.Map<String, Alert> byId = new java.util.LinkedHashMap<>();
        for (Alert a : live) {
            byId.put(a.id(), a);
        }
        restored.forEach(byId::putIfAbsent);
        List<Alert> all = byId.values().stream().sorted(io.breakerboard.alerts.AlertOrder.CURRENT).toList();
        merged = new Merged(live, all);
        return all;
    }

    /**
     * Marks an alert as seen. Where another process judges the rules (team store), the mark goes to the store only:
     * that process takes it up at its next tick, and every desktop lists the alerts from the store. This process's
     * copies of the alerts may be stale there, so none of them is written back.
     */
    void acknowledge(String id) {
        if (!leads) {
            repository.acknowledge(id, clock.instant());
            return;
        }
        engine.acknowledge(id);
        Alert old = restored.get(id);
        if (old != null && !old.acknowledged()) {
            Alert seen = Alerts.acknowledged(old);
            restored.put(id, seen);
            merged = new Merged(List.of(), List.of());
            try {
                repository.save(seen);
            } catch (AlertStoreException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not store that alert " + id + " was seen: " + e.getMessage());
            }
        }
    }

    /**
     * Looks at the executions still queued, judges the rules a last time (so a one-shot command leaves the
     * alerts its executions raised in the store), then stops.
     */
    @Override
    public void close() {
        try {
            scheduler.execute(this::evaluate);
            if (leading instanceof AlertLeadership held) {
                scheduler.execute(held::release);
            }
        } catch (java.util.concurrent.RejectedExecutionException alreadyClosed) {
            return;
        }
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        webhooks.close();
    }
}
