package io.breakerboard.ui.alerts;

import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.service.Alerting;
import io.breakerboard.ui.UiExecutor;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The alerts panel's state: firing first, then pending, then resolved; the most severe and newest first within. */
public final class AlertsViewModel {
    private static final java.util.Set<String> RULES = java.util.Arrays.stream(io.breakerboard.alerts.RuleKind.values())
            .map(io.breakerboard.alerts.RuleKind::id).collect(java.util.stream.Collectors.toUnmodifiableSet());

    // Within a state, a rule's alert (the system is unwell) comes before an anomaly of one execution.
    static final Comparator<Alert> ORDER = Comparator.<Alert>comparingInt(a -> stateRank(a.state()))
            .thenComparing(a -> isAnomaly(a))
            .thenComparing(Comparator.comparing(Alert::severity).reversed())
            .thenComparing(AlertsViewModel::when, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Alert::id);

    private final Alerting alerting;
    private final UiExecutor ui;
    private final ObservableList<Alert> alerts = FXCollections.observableArrayList();
    private final ObservableList<Alert> alertsView = FXCollections.unmodifiableObservableList(alerts);
    private final ReadOnlyIntegerWrapper firing = new ReadOnlyIntegerWrapper(this, "firing");
    private final ReadOnlyIntegerWrapper anomalies = new ReadOnlyIntegerWrapper(this, "anomalies");

    public AlertsViewModel(Alerting alerting, UiExecutor ui) {
        this.alerting = alerting;
        this.ui = ui;
    }

    /** Takes in the workspace's current alerts (on the FX thread). */
    public void apply(List<Alert> current) {
        List<Alert> sorted = current.stream().sorted(ORDER).toList();
        if (!sorted.equals(alerts)) {
            alerts.setAll(sorted);
        }
        firing.set((int) sorted.stream().filter(a -> a.firing() && !isAnomaly(a)).count());
        anomalies.set((int) sorted.stream().filter(a -> a.firing() && isAnomaly(a)).count());
    }

    /** A fresh editor of the alert rules' settings, for the settings dialog. */
    /** The Webhooks dialog's rows and deliveries, on this workspace. */
    public WebhooksViewModel webhooks() {
        return new WebhooksViewModel(alerting, ui);
    }

    public AlertSettingsViewModel settings() {
        return new AlertSettingsViewModel(alerting, ui);
    }

    /** Marks the alert as seen; the list shows it at once and the workspace records it in the background. */
    public void acknowledge(String alertId) {
        for (int i = 0; i < alerts.size(); i++) {
            Alert a = alerts.get(i);
            if (a.id().equals(alertId) && !a.acknowledged()) {
                alerts.set(i, new Alert(a.id(), a.rule(), a.severity(), a.state(), a.subject(), a.value(), a.threshold(),
                        a.unit(), a.message(), a.since(), a.firedAt(), a.resolvedAt(), true, a.executionKeys()));
            }
        }
        ui.run("acknowledge the alert", () -> alerting.acknowledge(alertId));
    }

    public ObservableList<Alert> alerts() {
        return alertsView;
    }

    /** Rules' alerts firing now, for the header; anomalies of single executions are counted apart. */
    public ReadOnlyIntegerProperty firingProperty() {
        return firing.getReadOnlyProperty();
    }

    /** Anomalies of single executions in the list (too many iterations, too costly, …), for the header. */
    public ReadOnlyIntegerProperty anomaliesProperty() {
        return anomalies.getReadOnlyProperty();
    }

    /** True for an anomaly of one execution, false for an alert of a rule over a window. */
    public static boolean isAnomaly(Alert a) {
        return !RULES.contains(a.rule());
    }

    /** When the alert last changed state: resolved, fired or became pending. */
    public static Instant when(Alert a) {
        if (a.resolvedAt() != null && a.state() == AlertState.RESOLVED) {
            return a.resolvedAt();
        }
        return a.firedAt() != null ? a.firedAt() : a.since();
    }

    private static int stateRank(AlertState state) {
        return switch (state) {
            case FIRING -> 0;
            case PENDING -> 1;
            case RESOLVED -> 2;
        };
    }
}
