package io.breakerboard.alerts;

import io.breakerboard.model.Alert;
import java.time.Instant;

/** Small derivations of alerts the engine needs. */
public final class Alerts {
    private Alerts() {
    }

    public static Alert acknowledged(Alert a) {
        return new Alert(a.id(), a.rule(), a.severity(), a.state(), a.subject(), a.value(), a.threshold(), a.unit(),
                a.message(), a.since(), a.firedAt(), a.resolvedAt(), true, a.executionKeys());
    }

    public static AlertTransition transition(Alert a, AlertTransition.Change change, Instant at) {
        return new AlertTransition(a.id(), a.rule(), a.subject(), a.severity(), change, at, a.value(), a.message());
    }
}
