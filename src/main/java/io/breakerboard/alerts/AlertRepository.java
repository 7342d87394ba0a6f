package io.breakerboard.alerts;

import io.breakerboard.model.Alert;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where alerts, their transitions and the alert settings are kept across restarts. Every method may run a query;
 * call it off the UI thread. Every method throws {@link AlertStoreException} when the store cannot be read or
 * written.
 */
public interface AlertRepository {

    /** Inserts the alert, or replaces the one with the same id. */
    void save(Alert alert);

    /** Appends one transition to the history. */
    void append(AlertTransition transition);

    /** Saves the alert as it is after a transition and appends the transition, both or neither. */
    void record(AlertTransition transition, Alert alert);

    /**
     * Marks a stored alert as seen by a person and appends its {@code ACKNOWLEDGED} transition, both or neither,
     * leaving the rest of the alert as stored: on a team store the process judging the rules may be changing it.
     *
     * @return false when no stored alert has this id or it was acknowledged already (nothing is appended then)
     */
    boolean acknowledge(String id, Instant at);

    /** Which of these alerts are stored as acknowledged; for the judging process to take up marks made elsewhere. */
    java.util.Set<String> acknowledged(java.util.Collection<String> ids);

    Optional<Alert> find(String id);

    /**
     * Pending and firing alerts of the rules, firing first. Anomalies are not among them: each is an event that
     * never resolves, so they would grow with the data; {@link #recent(int)} gives the newest.
     */
    List<Alert> open();

    /** The alerts that became pending most recently, newest first. */
    List<Alert> recent(int limit);

    /** Every transition of one alert, oldest first. */
    List<AlertTransition> history(String alertId);

    /** The latest transitions of all alerts, oldest first. */
    List<AlertTransition> history(int limit);

    /**
     * Deletes alerts resolved before the cutoff; their transitions stay in the history.
     *
     * @return how many alerts were deleted
     */
    int deleteResolvedBefore(Instant cutoff);

    /** The stored settings, or empty when none were saved yet. */
    Optional<AlertSettings> loadSettings();

    /** Stores the settings, replacing any stored before. */
    void saveSettings(AlertSettings settings);
}
