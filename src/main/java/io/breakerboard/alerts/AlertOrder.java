package io.breakerboard.alerts;

import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import java.time.Instant;
import java.util.Comparator;

/** Firing first, then pending, then resolved; within each, the most severe and then the newest first. */
public final class AlertOrder {
    public static final Comparator<Alert> CURRENT = Comparator
            .comparingInt((Alert a) -> rank(a.state()))
            .thenComparing(Alert::severity, Comparator.reverseOrder())
            .thenComparing(AlertOrder::stateTime, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Alert::id);

    private AlertOrder() {
    }

    private static int rank(AlertState s) {
        return switch (s) {
            case FIRING -> 0;
            case PENDING -> 1;
            case RESOLVED -> 2;
        };
    }

    private static Instant stateTime(Alert a) {
        return switch (a.state()) {
            case FIRING -> a.firedAt();
            case PENDING -> a.since();
            case RESOLVED -> a.resolvedAt();
        };
    }
}
