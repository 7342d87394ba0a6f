package io.breakerboard.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges the rollups a filter selects into a {@link DashboardSnapshot}. Each rollup is read once, under its own
 * monitor, and feeds its agent, the models and its series bucket, so the totals, the agents and the series of
 * one snapshot always agree with each other.
 */
final class SnapshotMerger {
    private SnapshotMerger() {
    }

    /**
     * @param agents     the selected agents, by name
     * @param from       first epoch minute in range
     * @param to         first epoch minute past the range
     * @param modelNames how many model names are pooled, to size the model arrays
     */
    static DashboardSnapshot merge(MetricsFilter filter, List<AgentRollups> agents, long from, long to, long version,
            Instant takenAt, int modelNames) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        if (from < to) {
            for (AgentRollups agent : agents) {
                first = Math.min(first, agent.firstMinute(from, to - 1));
                last = Math.max(last, agent.lastMinute(from, to - 1));
            }
        }
        if (first > last) {
            return new DashboardSnapshot(filter, new StatsAccumulator().toStats(AgentStats.ALL, Duration.ZERO), List.of(), List.of(),
                    Duration.ofMinutes(1), List.of(), version, takenAt);
        }
        long width = BucketSize.minutesFor(first, last);
        long firstBucket = Math.floorDiv(first, width);
        BucketAccumulator[] buckets = new BucketAccumulator[(int) BucketSize.count(first, last, width)];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new BucketAccumulator(agents.size());
        }
        String[] names = new String[agents.size()];
        StatsAccumulator total = new StatsAccumulator();
        ModelAccumulator models = new ModelAccumulator(modelNames);
        List<StatsAccumulator> perAgent = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int a = 0; a < agents.size(); a++) {
            names[a] = agents.get(a).agent;
            StatsAccumulator stats = new StatsAccumulator();
            int agent = a;
            // Bounded by [first, last] so a minute created while merging cannot fall outside the buckets.
            agents.get(a).forEach(first, last, rollup -> {
                synchronized (rollup) {
                    stats.add(rollup);
                    models.add(rollup);
                    buckets[(int) (Math.floorDiv(rollup.minute, width) - firstBucket)].add(rollup, agent);
                }
            });
            if (stats.executions() > 0) {
                perAgent.add(stats);
                shown.add(names[a]);
                total.add(stats);
            }
        }
        // Every agent's throughput is counted over the same window, which needs all of them merged first.
        Duration window = throughputWindow(filter.range(), total);
        List<AgentStats> agentStats = new ArrayList<>(perAgent.size());
        for (int i = 0; i < perAgent.size(); i++) {
            agentStats.add(perAgent.get(i).toStats(shown.get(i), window));
        }
        List<SeriesPoint> series = new ArrayList<>(buckets.length);
        for (int i = 0; i < buckets.length; i++) {
            Instant start = Instant.ofEpochSecond((firstBucket + i) * width * 60);
            series.add(buckets[i].toPoint(start, names));
        }
        return new DashboardSnapshot(filter, total.toStats(AgentStats.ALL, window), agentStats, models.toList(),
                Duration.ofMinutes(width), series, version, takenAt);
    }

    /**
     * What throughput is counted over: a bounded range's whole length, so quiet minutes lower it; for the
     * unbounded range ({@link TimeRange#ALL}), from the first start to the last end of the data, at least a minute.
     */
    static Duration throughputWindow(TimeRange range, StatsAccumulator total) {
        if (!range.equals(TimeRange.ALL)) {
            return range.length();
        }
        if (total.executions() == 0) {
            return Duration.ZERO;
        }
        Duration span = Duration.of(total.lastEndMicros() - total.firstStartMicros(), java.time.temporal.ChronoUnit.MICROS);
        return span.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : span;
    }
}
