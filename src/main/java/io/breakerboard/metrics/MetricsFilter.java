package io.breakerboard.metrics;

import java.util.Objects;
import java.util.Set;

/**
 * What a dashboard query covers: a time range, the agents to include (empty = every agent) and the orchestration
 * patterns to include (empty = every execution, with a pattern or without). Rollups are kept per agent, not per
 * pattern, so a filter naming patterns is answered from the stored executions ({@link ScannedSnapshot}).
 */
public record MetricsFilter(TimeRange range, Set<String> agents, Set<String> patterns) {
    public MetricsFilter {
        Objects.requireNonNull(range, "range");
        agents = agents == null ? Set.of() : Set.copyOf(agents);
        patterns = patterns == null ? Set.of() : Set.copyOf(patterns);
    }

    /** A filter over every pattern. */
    public MetricsFilter(TimeRange range, Set<String> agents) {
        this(range, agents, Set.of());
    }

    public static MetricsFilter all() {
        return new MetricsFilter(TimeRange.ALL, Set.of());
    }

    public boolean includesAgent(String agent) {
        return agents.isEmpty() || agents.contains(agent);
    }

    /** Whether an execution run by {@code pattern} (null when it names none) is in. */
    public boolean includesPattern(String pattern) {
        return patterns.isEmpty() || (pattern != null && patterns.contains(pattern));
    }

    /** Whether the rollups can answer this filter: they know agents and minutes, not patterns. */
    public boolean needsExecutions() {
        return !patterns.isEmpty();
    }

    /** The same range and agents, over every pattern. */
    public MetricsFilter withoutPatterns() {
        return patterns.isEmpty() ? this : new MetricsFilter(range, agents);
    }
}
