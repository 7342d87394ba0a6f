package io.breakerboard.alerts;

import io.breakerboard.model.Alert;
import java.util.Objects;

/**
 * Keeps every transition the engine reports, and the alert as it then was, in a repository. An anomaly is
 * stored once: when its execution is looked at again (an updated execution, or another process that stored the
 * anomaly first), the stored one stays as it is, acknowledgement included.
 */
public final class AlertRecorder implements AlertListener {
    private final AlertRepository repository;

    public AlertRecorder(AlertRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    @Override
    public void onTransition(AlertTransition transition, Alert alert) {
        boolean anomaly = RuleKind.byId(alert.rule()) == null;
        if (anomaly && transition.change() == AlertTransition.Change.FIRING && repository.find(alert.id()).isPresent()) {
            return;
        }
        repository.record(transition, alert);
    }
}
