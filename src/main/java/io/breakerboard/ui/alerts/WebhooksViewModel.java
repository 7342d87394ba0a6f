package io.breakerboard.ui.alerts;

import io.breakerboard.alerts.delivery.Delivery;
import io.breakerboard.alerts.delivery.DeliverySettings;
import io.breakerboard.alerts.delivery.Webhook;
import io.breakerboard.alerts.delivery.WebhookKind;
import io.breakerboard.service.Alerting;
import io.breakerboard.ui.UiExecutor;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Webhooks dialog: where firing and resolved alerts are delivered (generic JSON, Slack, PagerDuty), and the
 * latest deliveries with how each went. Saving checks every row and names the first wrong one.
 */
public final class WebhooksViewModel {
    static final int DELIVERIES_SHOWN = 100;

    /** One webhook as the dialog edits it. */
    public static final class WebhookRow {
        private final StringProperty name = new SimpleStringProperty(this, "name", "");
        private final ObjectProperty<WebhookKind> kind = new SimpleObjectProperty<>(this, "kind", WebhookKind.GENERIC);
        private final StringProperty url = new SimpleStringProperty(this, "url", "");
        private final StringProperty routingKey = new SimpleStringProperty(this, "routingKey", "");
        private final BooleanProperty anomalies = new SimpleBooleanProperty(this, "anomalies");

        public StringProperty nameProperty() { return name; }
        public ObjectProperty<WebhookKind> kindProperty() { return kind; }
        public StringProperty urlProperty() { return url; }
        public StringProperty routingKeyProperty() { return routingKey; }
        public BooleanProperty anomaliesProperty() { return anomalies; }

        Webhook read(int n) {
            String label = name.get().isBlank() ? "webhook " + n : name.get().strip();
            URI address = null;
            if (!url.get().isBlank()) {
                try {
                    address = new URI(url.get().strip());
                } catch (URISyntaxException e) {
                    throw new IllegalArgumentException("webhook '" + label + "': url is not a valid address");
                }
            }
            return new Webhook(label, kind.get(), address, routingKey.get(), anomalies.get());
        }

        static WebhookRow of(Webhook w) {
            WebhookRow r = new WebhookRow();
            r.name.set(w.name());
            r.kind.set(w.kind());
            r.url.set(w.url().toString());
            r.routingKey.set(w.routingKey() == null ? "" : w.routingKey());
            r.anomalies.set(w.anomalies());
            return r;
        }
    }

    private final Alerting alerting;
    private final UiExecutor ui;
    private final ObservableList<WebhookRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Delivery> deliveries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private DeliverySettings current = DeliverySettings.NONE;

    public WebhooksViewModel(Alerting alerting, UiExecutor ui) {
        this.alerting = alerting;
        this.ui = ui;
    }

    /** Reads the webhooks and the latest deliveries in the background. */
    public void load() {
        problem.set("");
        ui.query("read the webhooks", alerting::deliverySettings, s -> {
            current = s;
            rows.setAll(s.webhooks().stream().map(WebhookRow::of).toList());
        }, failure -> problem.set("Could not read the webhooks: " + failure.getMessage()));
        ui.query("read the deliveries", () -> alerting.deliveries(DELIVERIES_SHOWN), deliveries::setAll,
                failure -> problem.set("Could not read the deliveries: " + failure.getMessage()));
    }

    public WebhookRow add() {
        WebhookRow r = new WebhookRow();
        rows.add(r);
        return r;
    }

    public void remove(WebhookRow r) {
        rows.remove(r);
    }

    /**
     * Checks every row; when one is wrong, says which and returns empty. Otherwise saves in the background and
     * runs {@code onSaved} on the FX thread once the webhooks are in use.
     */
    public Optional<DeliverySettings> save(Runnable onSaved) {
        DeliverySettings next;
        try {
            List<Webhook> hooks = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                hooks.add(rows.get(i).read(i + 1));
            }
            next = current.withWebhooks(hooks);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
        problem.set("");
        saving.set(true);
        ui.query("save the webhooks", () -> {
            alerting.saveDeliverySettings(next);
            return next;
        }, s -> {
            saving.set(false);
            current = s;
            onSaved.run();
        }, failure -> {
            saving.set(false);
            problem.set("Could not save the webhooks: " + failure.getMessage());
        });
        return Optional.of(next);
    }

    public ObservableList<WebhookRow> rows() { return rows; }
    public ObservableList<Delivery> deliveries() { return deliveries; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
}
