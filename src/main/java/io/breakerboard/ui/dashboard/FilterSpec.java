package io.breakerboard.ui.dashboard;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the person chose above the dashboard, before it is pinned to a moment: a relative range means a
 * different {@link MetricsFilter} every few seconds.
 *
 * @param choice the range selector's value
 * @param custom the range for {@link RangeChoice#CUSTOM}, else null
 * @param agents agents to include; empty means every agent
 * @param patterns orchestration patterns to include; empty means every execution
 */
public record FilterSpec(RangeChoice choice, TimeRange custom, Set<String> agents, Set<String> patterns) {
    /** A relative range ends on a multiple of its length divided by this, so it moves in steps, not every tick. */
    static final int STEPS_PER_RANGE = 900;

    public FilterSpec {
        Objects.requireNonNull(choice, "choice");
        if (choice == RangeChoice.CUSTOM && custom == null) {
            throw new IllegalArgumentException("a custom range needs its start and end");
        }
        custom = choice == RangeChoice.CUSTOM ? custom : null;
        agents = agents == null ? Set.of() : Set.copyOf(agents);
        patterns = patterns == null ? Set.of() : Set.copyOf(patterns);
    }

    /** A spec over every pattern. */
    public FilterSpec(RangeChoice choice, TimeRange custom, Set<String> agents) {
        this(choice, custom, agents, Set.of());
    }

    public static FilterSpec of(RangeChoice choice) {
        return new FilterSpec(choice, null, Set.of());
    }

    public FilterSpec withChoice(RangeChoice newChoice) {
        return new FilterSpec(newChoice, null, agents, patterns);
    }

    public FilterSpec withCustom(TimeRange range) {
        return new FilterSpec(RangeChoice.CUSTOM, range, agents, patterns);
    }

    public FilterSpec withAgents(Set<String> newAgents) {
        return new FilterSpec(choice, custom, newAgents, patterns);
    }

    public FilterSpec withPatterns(Set<String> newPatterns) {
        return new FilterSpec(choice, custom, agents, newPatterns);
    }

    /**
     * The filter at {@code now}. A relative range ends at {@code now} rounded up to its step (at least a second),
     * so the newest data is inside and the filter changes only once per step. "All" covers the data's span.
     */
    public MetricsFilter resolve(Instant now, Optional<TimeRange> dataSpan) {
        return new MetricsFilter(range(now, dataSpan), agents, patterns);
    }

    /** The range in words for empty states: "No failures in {@code the last hour}". */
    public String rangePhrase() {
        return switch (choice) {
            case LAST_15_MIN -> "the last 15 minutes";
            case LAST_HOUR -> "the last hour";
            case LAST_24_H -> "the last 24 hours";
            case LAST_7_D -> "the last 7 days";
            case ALL -> "the workspace yet";
            case CUSTOM -> "this range";
        };
    }

    private TimeRange range(Instant now, Optional<TimeRange> dataSpan) {
        switch (choice) {
            case CUSTOM:
                return custom;
            case ALL:
                // Metrics count whole minutes whose start is in range: widen the span to minute boundaries so the
                // first and last minutes are in, and the half-open end takes the latest execution too.
                return dataSpan.map(s -> new TimeRange(s.from().truncatedTo(ChronoUnit.MINUTES),
                        s.to().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES))).orElse(TimeRange.ALL);
            default:
                Duration length = choice.length();
                long step = Math.max(1_000, length.toMillis() / STEPS_PER_RANGE);
                long end = Math.floorDiv(now.toEpochMilli() + step - 1, step) * step;
                Instant to = Instant.ofEpochMilli(end);
                return new TimeRange(to.minus(length), to);
        }
    }
}
