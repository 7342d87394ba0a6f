package io.breakerboard.service;

import io.breakerboard.alerts.AlertSettings;
import io.breakerboard.alerts.delivery.Delivery;
import io.breakerboard.alerts.delivery.DeliverySettings;
import io.breakerboard.model.Alert;
import java.util.List;

/** The alerts, the settings their rules judge by, and the webhooks they are delivered to. */
public interface Alerting {

    /** Current alerts: firing first, then pending, then recently resolved. */
    List<Alert> alerts();

    /** Marks an alert as seen by a person. */
    void acknowledge(String alertId);

    /** The thresholds, windows and limits the alert rules judge by now. Reads the database when alerting is off. */
    AlertSettings alertSettings();

    /**
     * Judges by these settings from the next evaluation on and keeps them for later starts. Writes the database.
     *
     * @throws io.breakerboard.alerts.AlertStoreException when they could not be stored (they are not applied then)
     */
    void saveAlertSettings(AlertSettings settings);

    /** The webhooks firing and resolved alerts are delivered to. */
    DeliverySettings deliverySettings();

    /** Delivers the alerts that happen from now on to these webhooks and keeps them for later starts. Writes a file. */
    void saveDeliverySettings(DeliverySettings settings);

    /** The latest deliveries of alerts to webhooks, newest first. Reads the database. */
    List<Delivery> deliveries(int limit);
}
