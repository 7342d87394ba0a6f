package io.breakerboard.alerts.internal;

import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Snapshots over rolling windows, taken at most once per window while neither the data version nor the current
 * minute changes. Windows end at the end of the current minute, as the per-minute rollups do, so a snapshot stays
 * valid for the rest of that minute. Not thread-safe: the engine calls it under its lock.
 */
public final class WindowSnapshots {
    private final Metrics metrics;
    private final Map<Duration, Cached> cache = new HashMap<>();

    public WindowSnapshots(Metrics metrics) {
        this.metrics = metrics;
    }

    /** Aggregates over every agent for the window ending with the minute that holds {@code now}. */
    public DashboardSnapshot over(Duration window, Instant now) {
        long version = metrics.version();
        TimeRange range = windowEnding(window, now);
        Cached c = cache.get(window);
        if (c != null && c.version == version && c.range.equals(range)) {
            return c.snapshot;
        }
        DashboardSnapshot s = metrics.snapshot(new MetricsFilter(range, Set.of()));
        cache.put(window, new Cached(version, range, s));
        return s;
    }

    /** The last {@code window} of whole minutes, the current minute included. */
    public static TimeRange windowEnding(Duration window, Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        return new TimeRange(end.minus(window), end);
    }

    private record Cached(long version, TimeRange range, DashboardSnapshot snapshot) {
    }
}
