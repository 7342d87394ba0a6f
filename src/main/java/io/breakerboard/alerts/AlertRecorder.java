package io.breakerboard.alerts;

import io.breakerboard.model.Alert;
import java.util.Objects;

/** Keeps every transition the engine reports, and the alert as it then was, in a repository. */
public final class AlertRecorder implements AlertListener {
    private final AlertRepository repository;

    public AlertRecorder(AlertRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    @Override
    public void onTransition(AlertTransition transition, Alert alert) {
        repository.record(transition, alert);
    }
}
