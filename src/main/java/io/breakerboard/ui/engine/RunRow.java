package io.breakerboard.ui.engine;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Units;
import java.time.Instant;

/**
 * One finished engine execution in the Engine panel's list; {@code key} opens its trace.
 *
 * @param key      the execution's key
 * @param finished when it ended
 * @param agent    agent name
 * @param outcome  success, partial or failure
 * @param duration how long it took, for people
 * @param cost     what it cost, for people
 * @param tools    tool calls it made
 * @param problem  error kind and message, or empty on success
 */
public record RunRow(String key, Instant finished, String agent, Outcome outcome, String duration, String cost,
                     int tools, String problem) {

    static RunRow of(Execution e) {
        String problem = e.outcome() == Outcome.SUCCESS ? "" : (e.errorKind() == null ? "" : e.errorKind().name())
                + (e.errorMessage() == null || e.errorMessage().isBlank() ? "" : ": " + e.errorMessage().strip());
        return new RunRow(e.key(), e.endedAt(), e.agent(), e.outcome(), Units.duration(e.duration()),
                Units.money(e.costMicros()), e.toolCalls(), problem);
    }
}
