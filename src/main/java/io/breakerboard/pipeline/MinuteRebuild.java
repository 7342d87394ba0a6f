package io.breakerboard.pipeline;

import io.breakerboard.metrics.Metrics;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Execution;
import io.breakerboard.store.ExecutionStore;
import io.breakerboard.store.InsertResult;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The agent × minute rollups that replaced executions touched (the minute of the version that was stored and of
 * the one stored now), built again from the executions the store holds for them: a rollup's duration sketch and
 * extremes cannot forget a value, so removing the old version's share is done by not adding it (see
 * {@code docs/decisions/0025-updated-executions.md}).
 */
final class MinuteRebuild {
    private record Minute(String agent, long epochMinute) {
    }

    private final Set<Minute> minutes;

    private MinuteRebuild(Set<Minute> minutes) {
        this.minutes = minutes;
    }

    static MinuteRebuild of(Collection<InsertResult.Update> updates) {
        Set<Minute> minutes = new LinkedHashSet<>();
        for (InsertResult.Update u : updates) {
            minutes.add(minuteOf(u.previous()));
            minutes.add(minuteOf(u.current()));
        }
        return new MinuteRebuild(minutes);
    }

    /** Reads each touched minute's executions from the store and makes its rollup hold exactly them. */
    void apply(ExecutionStore executions, Metrics metrics) {
        for (Minute m : minutes) {
            TimeRange range = new TimeRange(Instant.ofEpochSecond(m.epochMinute() * 60),
                    Instant.ofEpochSecond((m.epochMinute() + 1) * 60));
            List<Execution> stored = executions.find(new MetricsFilter(range, Set.of(m.agent())), false, Integer.MAX_VALUE);
            metrics.rebuildMinute(m.agent(), m.epochMinute(), stored);
        }
    }

    private static Minute minuteOf(Execution e) {
        return new Minute(e.agent(), Math.floorDiv(e.startedAt().getEpochSecond(), 60));
    }
}
