package io.breakerboard.ui.dashboard;

import io.breakerboard.model.Execution;
import java.time.Instant;

/** One line of the recent-failures panel; {@code key} opens the trace. */
public record FailureRow(String key, Instant time, String agent, String errorType, String message) {
    static FailureRow of(Execution e) {
        String type = e.errorKind() == null ? e.outcome().name() : e.errorKind().name();
        String message = e.errorMessage() == null ? "" : e.errorMessage().strip();
        return new FailureRow(e.key(), e.startedAt(), e.agent(), type, message);
    }
}
