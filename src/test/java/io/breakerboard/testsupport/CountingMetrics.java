package io.breakerboard.testsupport;

import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.DurationStats;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.RollupRecord;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Execution;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A simple Metrics for tests: per agent and minute it keeps executions, failures, cost and a sorted list of
 * durations (exact percentiles). Its rollup state is those numbers serialised.
 */
public final class CountingMetrics implements Metrics {
    private final Map<String, Map<Long, Cell>> cells = new TreeMap<>();
    private final Set<String> dirty = new HashSet<>();
    private long version;
    private int recorded;
    private int restored;

    private static final class Cell {
        long executions;
        long failures;
        long cost;
        long minStart = Long.MAX_VALUE;
        long maxEnd = Long.MIN_VALUE;
        final List<Long> durationsMicros = new ArrayList<>();
    }

    @Override
    public synchronized void record(Execution e) {
        long minute = Math.floorDiv(e.startedAt().getEpochSecond(), 60);
        Cell c = cells.computeIfAbsent(e.agent(), a -> new TreeMap<>()).computeIfAbsent(minute, m -> new Cell());
        c.executions++;
        c.failures += e.succeeded() ? 0 : 1;
        c.cost += e.costMicros();
        c.durationsMicros.add(e.durationMicros());
        c.minStart = Math.min(c.minStart, e.startedAt().toEpochMilli());
        c.maxEnd = Math.max(c.maxEnd, e.endedAt().toEpochMilli());
        dirty.add(e.agent() + "\u0000" + minute);
        version++;
        recorded++;
    }

    @Override
    public synchronized void rebuildMinute(String agent, long epochMinute, Collection<Execution> executions) {
        cells.computeIfAbsent(agent, a -> new TreeMap<>()).put(epochMinute, new Cell());
        executions.forEach(this::record);
    }

    public synchronized int recorded() {
        return recorded;
    }

    public synchronized int restored() {
        return restored;
    }

    @Override
    public synchronized DashboardSnapshot snapshot(MetricsFilter filter) {
        List<AgentStats> agents = new ArrayList<>();
        Cell all = new Cell();
        for (var agent : cells.entrySet()) {
            if (!filter.includesAgent(agent.getKey())) {
                continue;
            }
            Cell sum = new Cell();
            for (var m : agent.getValue().entrySet()) {
                Instant at = Instant.ofEpochSecond(m.getKey() * 60);
                if (filter.range().contains(at)) {
                    add(sum, m.getValue());
                    add(all, m.getValue());
                }
            }
            if (sum.executions > 0) {
                agents.add(stats(agent.getKey(), sum));
            }
        }
        return new DashboardSnapshot(filter, stats(AgentStats.ALL, all), agents, List.of(), Duration.ofMinutes(1),
                List.of(), version, Instant.EPOCH);
    }

    private static void add(Cell into, Cell c) {
        into.executions += c.executions;
        into.failures += c.failures;
        into.cost += c.cost;
        into.durationsMicros.addAll(c.durationsMicros);
    }

    private static AgentStats stats(String agent, Cell c) {
        List<Long> d = new ArrayList<>(c.durationsMicros);
        d.sort(null);
        DurationStats ds = d.isEmpty() ? DurationStats.EMPTY : new DurationStats(d.size(),
                micros(d.stream().mapToLong(Long::longValue).sum() / d.size()), micros(d.get(0)), micros(d.get(d.size() - 1)),
                micros(rank(d, 0.50)), micros(rank(d, 0.95)), micros(rank(d, 0.99)));
        return new AgentStats(agent, c.executions, c.executions - c.failures, c.failures, 0, ds, 0, 0, c.cost, Map.of());
    }

    private static long rank(List<Long> sorted, double p) {
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, i));
    }

    private static Duration micros(long us) {
        return Duration.ofNanos(us * 1000);
    }

    @Override
    public synchronized long version() {
        return version;
    }

    @Override
    public synchronized SortedSet<String> agents() {
        return new TreeSet<>(cells.keySet());
    }

    @Override
    public synchronized Optional<TimeRange> span() {
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (var a : cells.values()) {
            for (Cell c : a.values()) {
                min = Math.min(min, c.minStart);
                max = Math.max(max, c.maxEnd);
            }
        }
        return min > max ? Optional.empty() : Optional.of(new TimeRange(Instant.ofEpochMilli(min), Instant.ofEpochMilli(max)));
    }

    @Override
    public synchronized List<RollupRecord> drainDirty() {
        List<RollupRecord> out = new ArrayList<>();
        for (String k : dirty) {
            String[] parts = k.split("\u0000");
            long minute = Long.parseLong(parts[1]);
            out.add(new RollupRecord(parts[0], minute, serialise(cells.get(parts[0]).get(minute))));
        }
        dirty.clear();
        return out;
    }

    @Override
    public synchronized List<RollupRecord> dayTotals(Collection<RollupRecord> changed) {
        Map<String, Set<Long>> days = new TreeMap<>();
        changed.forEach(r -> days.computeIfAbsent(r.agent(), a -> new TreeSet<>()).add(Math.floorDiv(r.minute(), 1_440)));
        List<RollupRecord> out = new ArrayList<>();
        days.forEach((agent, set) -> set.forEach(day -> {
            Cell total = new Cell();
            ((TreeMap<Long, Cell>) cells.get(agent)).subMap(day * 1_440, (day + 1) * 1_440).values().forEach(c -> {
                add(total, c);
                total.minStart = Math.min(total.minStart, c.minStart);
                total.maxEnd = Math.max(total.maxEnd, c.maxEnd);
            });
            out.add(new RollupRecord(agent, day * 1_440, serialise(total)));
        }));
        return out;
    }

    @Override
    public synchronized void restore(Collection<RollupRecord> records) {
        for (RollupRecord r : records) {
            ByteBuffer b = ByteBuffer.wrap(r.state());
            Cell c = cells.computeIfAbsent(r.agent(), a -> new TreeMap<>()).computeIfAbsent(r.minute(), m -> new Cell());
            c.executions += b.getLong();
            c.failures += b.getLong();
            c.cost += b.getLong();
            c.minStart = Math.min(c.minStart, b.getLong());
            c.maxEnd = Math.max(c.maxEnd, b.getLong());
            int n = b.getInt();
            for (int i = 0; i < n; i++) {
                c.durationsMicros.add(b.getLong());
            }
            restored++;
        }
        version++;
    }

    private static byte[] serialise(Cell c) {
        ByteBuffer b = ByteBuffer.allocate(8 * 5 + 4 + 8 * c.durationsMicros.size());
        b.putLong(c.executions).putLong(c.failures).putLong(c.cost).putLong(c.minStart).putLong(c.maxEnd);
        b.putInt(c.durationsMicros.size());
        c.durationsMicros.forEach(b::putLong);
        return b.array();
    }
}
