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

    Optional<Alert> find(String id);

    /** Pending and firing alerts, firing first. */
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
