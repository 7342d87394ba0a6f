package io.breakerboard.alerts;

import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.DurationStats;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.RollupRecord;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Metrics for tests: keeps every execution and aggregates exactly on each snapshot. */
final class RecordingMetrics implements Metrics {
    private final List<Execution> executions = new ArrayList<>();
    private long version;
    private int snapshots;
    private int seq;

    /** Records executions of one agent starting at {@code at}, each lasting {@code duration} and costing {@code costMicros}. */
    void add(Instant at, String agent, int successes, int failures, Duration duration, long costMicros) {
        for (int i = 0; i < successes + failures; i++) {
            record(Execution.builder("e" + (seq++)).agent(agent).startedAt(at).duration(duration)
                    .outcome(i < successes ? Outcome.SUCCESS : Outcome.FAILURE).costMicros(costMicros).build());
        }
    }

    void add(Instant at, int successes, int failures) {
        add(at, "planner", successes, failures, Duration.ofSeconds(1), 0);
    }

    int snapshotsTaken() {
        return snapshots;
    }

    @Override
    public synchronized void record(Execution execution) {
        executions.add(execution);
        version++;
    }

    @Override
    public synchronized void rebuildMinute(String agent, long epochMinute, Collection<Execution> replacements) {
        executions.removeIf(e -> e.agent().equals(agent) && Math.floorDiv(e.startedAt().getEpochSecond(), 60) == epochMinute);
        executions.addAll(replacements);
        version++;
    }

    @Override
    public synchronized DashboardSnapshot snapshot(MetricsFilter filter) {
        snapshots++;
        Map<String, List<Execution>> byAgent = new TreeMap<>();
        List<Execution> all = new ArrayList<>();
        for (Execution e : executions) {
            if (filter.range().contains(e.startedAt()) && filter.includesAgent(e.agent())) {
                byAgent.computeIfAbsent(e.agent(), k -> new ArrayList<>()).add(e);
                all.add(e);
            }
        }
        List<AgentStats> agents = new ArrayList<>();
        byAgent.forEach((agent, list) -> agents.add(stats(agent, list)));
        return new DashboardSnapshot(filter, stats(AgentStats.ALL, all), agents, List.of(), Duration.ofMinutes(1),
                List.of(), version, Instant.EPOCH);
    }

    private static AgentStats stats(String agent, List<Execution> list) {
        long ok = list.stream().filter(Execution::succeeded).count();
        long cost = list.stream().mapToLong(Execution::costMicros).sum();
        List<Duration> d = list.stream().map(Execution::duration).sorted(Comparator.naturalOrder()).toList();
        DurationStats durations = d.isEmpty() ? DurationStats.EMPTY
                : new DurationStats(d.size(), d.get(d.size() / 2), d.get(0), d.get(d.size() - 1),
                        rank(d, 0.50), rank(d, 0.95), rank(d, 0.99));
        return new AgentStats(agent, list.size(), ok, list.size() - ok, 0, durations, 0, 0, cost, Map.of());
    }

    private static Duration rank(List<Duration> sorted, double p) {
        return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
    }

    @Override
    public synchronized long version() {
        return version;
    }

    @Override
    public synchronized SortedSet<String> agents() {
        TreeSet<String> names = new TreeSet<>();
        executions.forEach(e -> names.add(e.agent()));
        return names;
    }

    @Override
    public synchronized Optional<TimeRange> span() {
        return executions.stream().map(Execution::startedAt).min(Comparator.naturalOrder())
                .map(from -> new TimeRange(from, executions.stream().map(Execution::endedAt)
                        .max(Comparator.naturalOrder()).orElseThrow()));
    }

    @Override
    public List<RollupRecord> drainDirty() {
        return List.of();
    }

    @Override
    public List<RollupRecord> dayTotals(Collection<RollupRecord> changed) {
        return List.of();
    }

    @Override
    public void restore(Collection<RollupRecord> records) {
        throw new UnsupportedOperationException("not needed by the alert tests");
    }
}
