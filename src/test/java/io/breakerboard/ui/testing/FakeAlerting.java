package io.breakerboard.ui.testing;

import io.breakerboard.alerts.AlertSettings;
import io.breakerboard.alerts.delivery.Delivery;
import io.breakerboard.alerts.delivery.DeliverySettings;
import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.Severity;
import io.breakerboard.service.Alerting;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Alerts a test sets, settings kept in memory (a save can be made to fail), and webhook deliveries it adds. */
public final class FakeAlerting implements Alerting {
    private final List<Alert> alerts = new CopyOnWriteArrayList<>();
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private volatile AlertSettings alertSettings = AlertSettings.DEFAULTS;
    private volatile DeliverySettings deliverySettings = DeliverySettings.NONE;
    private volatile RuntimeException saveSettingsFailure;

    /** Three alerts, firing, pending and resolved; the firing one names {@code failedKey} (when not null). */
    public static List<Alert> demo(Instant now, String failedKey) {
        return List.of(
                new Alert("a-1", "error-rate", Severity.CRITICAL, AlertState.FIRING, "coder", 18.2, 10, "%",
                        "coder fails 18.2% of runs over 15 min", now.minusSeconds(900), now.minusSeconds(600), null, false,
                        failedKey == null ? List.of() : List.of(failedKey)),
                new Alert("a-2", "p95-latency", Severity.WARNING, AlertState.PENDING, "researcher", 9_100, 8_000, "ms",
                        "researcher P95 above 8 s", now.minusSeconds(120), null, null, false, List.of()),
                new Alert("a-3", "cost-per-day", Severity.INFO, AlertState.RESOLVED, "all", 41.5, 50, "USD",
                        "daily cost back under $50", now.minusSeconds(7200), now.minusSeconds(6000), now.minusSeconds(3600),
                        true, List.of()));
    }

    public void setAlerts(List<Alert> current) {
        alerts.clear();
        alerts.addAll(current);
    }

    public List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** A delivery the Webhooks dialog lists, newest first. */
    public void addDelivery(Delivery d) {
        deliveries.add(0, d);
    }

    /** The next saves of alert settings fail with this (null: they succeed). */
    public void failSavingSettings(RuntimeException failure) {
        saveSettingsFailure = failure;
    }

    @Override
    public List<Alert> alerts() {
        return List.copyOf(alerts);
    }

    @Override
    public void acknowledge(String alertId) {
        acknowledged.add(alertId);
        alerts.replaceAll(a -> a.id().equals(alertId)
                ? new Alert(a.id(), a.rule(), a.severity(), a.state(), a.subject(), a.value(), a.threshold(), a.unit(),
                        a.message(), a.since(), a.firedAt(), a.resolvedAt(), true, a.executionKeys())
                : a);
    }

    @Override
    public AlertSettings alertSettings() {
        return alertSettings;
    }

    @Override
    public void saveAlertSettings(AlertSettings settings) {
        RuntimeException failure = saveSettingsFailure;
        if (failure != null) {
            throw failure;
        }
        alertSettings = settings;
    }

    @Override
    public DeliverySettings deliverySettings() {
        return deliverySettings;
    }

    @Override
    public void saveDeliverySettings(DeliverySettings settings) {
        deliverySettings = settings;
    }

    @Override
    public List<Delivery> deliveries(int limit) {
        return deliveries.stream().limit(limit).toList();
    }
}
