package io.breakerboard.alerts.delivery;

import io.breakerboard.alerts.AlertListener;
import io.breakerboard.alerts.AlertStoreException;
import io.breakerboard.alerts.AlertTransition;
import io.breakerboard.alerts.RuleKind;
import io.breakerboard.model.Alert;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Delivers firing and resolved alerts to the configured webhooks, one background thread, in the order they
 * happened. A failed attempt that may succeed later (no answer, 408, 429, 5xx) is tried again after a backoff
 * that doubles each time, or after the server's Retry-After when longer; every delivery, delivered or given up,
 * is recorded. Waits go through {@link Pause} and times come from the clock, so tests run without sleeping.
 * Anomalies go only to webhooks that ask for them.
 */
public final class WebhookDispatcher implements AlertListener, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(WebhookDispatcher.class.getName());

    /** How a delivery waits before its next attempt. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration d) throws InterruptedException;

        /** Really waits. */
        Pause SLEEP = d -> Thread.sleep(d.toMillis());
    }

    private final DeliveryRepository records;
    private final Clock clock;
    private final Pause pause;
    private final WebhookSender sender = new WebhookSender();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "breakerboard-webhooks");
        t.setDaemon(true);
        return t;
    });
    private volatile DeliverySettings settings;

    public WebhookDispatcher(DeliverySettings settings, DeliveryRepository records, Clock clock, Pause pause) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pause = Objects.requireNonNull(pause, "pause");
    }

    public DeliverySettings settings() {
        return settings;
    }

    /** Applies to the alerts that happen from now on. */
    public void settings(DeliverySettings next) {
        this.settings = Objects.requireNonNull(next, "settings");
    }

    @Override
    public void onTransition(AlertTransition t, Alert alert) {
        if (t.change() != AlertTransition.Change.FIRING && t.change() != AlertTransition.Change.RESOLVED) {
            return;
        }
        boolean anomaly = RuleKind.byId(alert.rule()) == null;
        DeliverySettings s = settings;
        for (Webhook w : s.webhooks()) {
            if (anomaly && !w.anomalies()) {
                continue;
            }
            try {
                worker.execute(() -> deliver(w, s, t, alert));
            } catch (RejectedExecutionException closed) {
                return;
            }
        }
    }

    private void deliver(Webhook w, DeliverySettings s, AlertTransition t, Alert a) {
        String body = WebhookPayloads.body(w, t, a);
        Instant first = clock.instant();
        WebhookSender.Result r = null;
        int attempt = 0;
        while (attempt < s.maxAttempts()) {
            attempt++;
            r = sender.send(w, body, s.timeout());
            if (r.delivered() || !r.retryable() || attempt == s.maxAttempts()) {
                break;
            }
            Duration wait = s.backoffBefore(attempt + 1);
            if (r.retryAfter() != null && r.retryAfter().compareTo(wait) > 0) {
                wait = r.retryAfter();
            }
            try {
                pause.pause(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        String event = t.change() == AlertTransition.Change.RESOLVED ? "resolved" : "firing";
        Delivery d = new Delivery(w.name(), w.kind(), w.shownTarget(), a.id(), event, r.delivered(), attempt, r.status(),
                r.detail(), first, clock.instant());
        try {
            records.save(d);
        } catch (AlertStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not record the delivery of " + a.id() + " to " + w.name()
                    + ": " + e.getMessage());
        }
        if (!d.delivered()) {
            LOG.log(System.Logger.Level.WARNING, "Alert " + a.id() + " could not be delivered to " + w.name() + " ("
                    + w.shownTarget() + ") after " + attempt + " attempts: " + d.detail());
        }
    }

    /** Finishes the deliveries under way (a one-shot command's last alerts go out before it exits), then stops. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(2, TimeUnit.MINUTES)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
    }
}
