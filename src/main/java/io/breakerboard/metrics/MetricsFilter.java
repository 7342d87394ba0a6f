package io.breakerboard.metrics;

import java.util.Objects;
import java.util.Set;

/** What a dashboard query covers: a time range and the agents to include (empty = every agent). */
public record MetricsFilter(TimeRange range, Set<String> agents) {
    public MetricsFilter {
        Objects.requireNonNull(range, "range");
        agents = agents == null ? Set.of() : Set.copyOf(agents);
    }

    public static MetricsFilter all() {
        return new MetricsFilter(TimeRange.ALL, Set.of());
    }

    public boolean includesAgent(String agent) {
        return agents.isEmpty() || agents.contains(agent);
    }
}
