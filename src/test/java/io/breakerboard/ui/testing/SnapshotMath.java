package io.breakerboard.ui.testing;

import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.DurationStats;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.ModelCost;
import io.breakerboard.metrics.SeriesPoint;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Exact aggregates over a list of executions, for the test double: what the real metrics approximate from rollups. */
final class SnapshotMath {
    private static final Duration[] BUCKETS = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12),
            Duration.ofDays(1), Duration.ofDays(7)};
    private static final int TARGET_POINTS = 60;

    private SnapshotMath() {
    }

    static DashboardSnapshot compute(List<Execution> in, MetricsFilter filter, long version, Instant now) {
        AgentStats total = stats(AgentStats.ALL, in);
        Map<String, List<Execution>> byAgent = in.stream().collect(Collectors.groupingBy(Execution::agent, TreeMap::new, Collectors.toList()));
        List<AgentStats> agents = byAgent.entrySet().stream().map(e -> stats(e.getKey(), e.getValue())).toList();
        Map<String, long[]> models = new HashMap<>();
        for (Execution e : in) {
            long[] m = models.computeIfAbsent(e.model() == null ? "unknown" : e.model(), k -> new long[4]);
            m[0]++;
            m[1] += e.inputTokens();
            m[2] += e.outputTokens();
            m[3] += e.costMicros();
        }
        List<ModelCost> modelCosts = models.entrySet().stream()
                .map(e -> new ModelCost(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .sorted(Comparator.comparingLong(ModelCost::costMicros).reversed()).toList();
        Duration bucket = bucket(filter.range().length().compareTo(Duration.ofDays(3650)) > 0
                ? span(in) : filter.range().length());
        return new DashboardSnapshot(filter, total, agents, modelCosts, bucket, series(in, bucket), version, now);
    }

    private static Duration span(List<Execution> in) {
        if (in.isEmpty()) {
            return Duration.ofHours(1);
        }
        Instant min = in.stream().map(Execution::startedAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant max = in.stream().map(Execution::startedAt).max(Comparator.naturalOrder()).orElseThrow();
        return Duration.between(min, max);
    }

    static Duration bucket(Duration length) {
        for (Duration b : BUCKETS) {
            if (length.dividedBy(b) <= TARGET_POINTS) {
                return b;
            }
        }
        return BUCKETS[BUCKETS.length - 1];
    }

    private static List<SeriesPoint> series(List<Execution> in, Duration bucket) {
        if (in.isEmpty()) {
            return List.of();
        }
        long width = bucket.toMillis();
        TreeMap<Long, List<Execution>> byBucket = new TreeMap<>();
        for (Execution e : in) {
            byBucket.computeIfAbsent(Math.floorDiv(e.startedAt().toEpochMilli(), width), k -> new ArrayList<>()).add(e);
        }
        List<SeriesPoint> points = new ArrayList<>();
        for (long b = byBucket.firstKey(); b <= byBucket.lastKey(); b++) {
            List<Execution> es = byBucket.getOrDefault(b, List.of());
            Map<String, Long> byAgent = new HashMap<>();
            Map<String, Long> byModel = new HashMap<>();
            for (Execution e : es) {
                byAgent.merge(e.agent(), e.costMicros(), Long::sum);
                byModel.merge(e.model() == null ? "unknown" : e.model(), e.costMicros(), Long::sum);
            }
            points.add(new SeriesPoint(Instant.ofEpochMilli(b * width), es.size(),
                    es.stream().filter(e -> !e.succeeded()).count(), es.stream().mapToLong(Execution::costMicros).sum(),
                    durations(es).p95(), byAgent, byModel));
        }
        return points;
    }

    private static AgentStats stats(String agent, List<Execution> es) {
        Map<ErrorKind, Long> errors = new EnumMap<>(ErrorKind.class);
        for (Execution e : es) {
            if (!e.succeeded()) {
                errors.merge(e.errorKind() == null ? ErrorKind.UNKNOWN : e.errorKind(), 1L, Long::sum);
            }
        }
        long successes = es.stream().filter(Execution::succeeded).count();
        return new AgentStats(agent, es.size(), successes, es.size() - successes,
                es.stream().filter(e -> e.retries() > 0).count(), durations(es),
                es.stream().mapToLong(Execution::inputTokens).sum(), es.stream().mapToLong(Execution::outputTokens).sum(),
                es.stream().mapToLong(Execution::costMicros).sum(), errors);
    }

    private static DurationStats durations(List<Execution> es) {
        if (es.isEmpty()) {
            return DurationStats.EMPTY;
        }
        List<Duration> sorted = es.stream().map(Execution::duration).sorted().toList();
        Duration sum = sorted.stream().reduce(Duration.ZERO, Duration::plus);
        return new DurationStats(sorted.size(), sum.dividedBy(sorted.size()), sorted.get(0), sorted.get(sorted.size() - 1),
                rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99));
    }

    private static Duration rank(List<Duration> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
