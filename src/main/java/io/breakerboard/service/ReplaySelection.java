package io.breakerboard.service;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import java.util.List;
import java.util.Objects;

/**
 * Which recorded executions a what-if replay takes from the store.
 *
 * @param filter time range and agents
 * @param keys   only these executions (of those the filter selects); empty for all of them
 * @param limit  at most this many, the newest
 */
public record ReplaySelection(MetricsFilter filter, List<String> keys, int limit) {
    /** Executions a replay takes when nothing else is said. */
    public static final int DEFAULT_LIMIT = 1_000;

    public ReplaySelection {
        Objects.requireNonNull(filter, "filter");
        keys = keys == null ? List.of() : List.copyOf(keys);
        if (limit < 1) {
            throw new IllegalArgumentException("a replay needs at least 1 execution, got a limit of " + limit);
        }
    }

    /** The newest {@link #DEFAULT_LIMIT} executions of every agent. */
    public static ReplaySelection recent() {
        return new ReplaySelection(MetricsFilter.all(), List.of(), DEFAULT_LIMIT);
    }

    boolean includes(Execution e) {
        return filter.range().contains(e.startedAt()) && filter.includesAgent(e.agent())
                && (keys.isEmpty() || keys.contains(e.key()));
    }
}
