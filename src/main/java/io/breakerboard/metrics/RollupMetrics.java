package io.breakerboard.metrics;

import io.breakerboard.model.Execution;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * {@link Metrics} kept as one rollup per agent and UTC minute (placed by the execution's start) and merged on
 * demand.
 *
 * <p>Threads: any number may record, restore, drain and snapshot at once. Each rollup has its own lock, held
 * for one execution or one merge step, so a snapshot never stalls an import for longer than merging one minute.
 * A snapshot therefore holds at least everything counted by the version it reports, possibly a little more.
 *
 * <p>Persistence: {@link #drainDirty()} hands out whole rollups, and {@link #restore} <em>replaces</em> the
 * rollup of each record's agent and minute with the persisted one: restoring the same record twice counts it
 * once, and executions recorded into that minute before the restore are superseded. Executions recorded after a
 * restore add to the restored rollup.
 *
 * <p>Percentiles are nearest rank (the ⌈p·n⌉-th smallest duration), read from a relative-error sketch: within
 * 1 % of the exact value. Average, min and max are exact (to the microsecond).
 */
public final class RollupMetrics implements Metrics {
    private static final int PARALLEL_RESTORE = 8_192;
    private static final long MINUTES_A_DAY = 1_440;

    private final Clock clock;
    private final ConcurrentHashMap<String, AgentRollups> byAgent = new ConcurrentHashMap<>();
    private final NamePool agentNames = new NamePool();
    private final NamePool modelNames = new NamePool();
    private final ConcurrentLinkedQueue<Rollup> dirty = new ConcurrentLinkedQueue<>();
    private final SpanTracker span = new SpanTracker();
    private final AtomicLong version = new AtomicLong();
    private final java.util.Set<String> patterns = ConcurrentHashMap.newKeySet();
    private volatile DashboardSnapshot lastSnapshot;

    public RollupMetrics() {
        this(Clock.systemUTC());
    }

    /** @param clock stamps each snapshot's {@code takenAt} */
    public RollupMetrics(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void record(Execution execution) {
        long startMicros = Micros.sinceEpoch(execution.startedAt());
        Rollup rollup = agent(execution.agent()).rollupFor(Rollup.minuteOf(startMicros));
        boolean becameDirty;
        long endMicros;
        synchronized (rollup) {
            rollup.add(execution, startMicros, modelNames);
            becameDirty = !rollup.dirty;
            rollup.dirty = true;
            endMicros = rollup.lastEndMicros;
        }
        if (becameDirty) {
            dirty.add(rollup);
        }
        span.include(startMicros, endMicros);
        if (execution.pattern() != null) {
            patterns.add(execution.pattern());
        }
        version.incrementAndGet();
    }

    @Override
    public void rebuildMinute(String agentName, long epochMinute, Collection<Execution> executions) {
        AgentRollups agent = agent(agentName);
        Rollup fresh = new Rollup(agent.agent, epochMinute);
        for (Execution e : executions) {
            long startMicros = Micros.sinceEpoch(e.startedAt());
            if (!e.agent().equals(agentName) || Rollup.minuteOf(startMicros) != epochMinute) {
                throw new IllegalArgumentException("execution " + e.key() + " of " + e.agent() + " at " + e.startedAt()
                        + " is not in the minute " + epochMinute + " of " + agentName);
            }
            fresh.add(e, startMicros, modelNames);
        }
        Rollup rollup = agent.rollupFor(epochMinute);
        boolean becameDirty;
        synchronized (rollup) {
            becameDirty = !rollup.dirty;
            rollup.replaceWith(fresh);
            rollup.dirty = true;
        }
        if (becameDirty) {
            dirty.add(rollup);
        }
        if (fresh.executions > 0) {
            span.include(fresh.firstStartMicros, fresh.lastEndMicros);
        }
        version.incrementAndGet();
    }

    private AgentRollups agent(String name) {
        AgentRollups agent = byAgent.get(name);
        if (agent == null) {
            String canonical = agentNames.canonical(name);
            agent = byAgent.computeIfAbsent(canonical, AgentRollups::new);
        }
        return agent;
    }

    /**
     * Merges the rollups whose minute starts in the filter's range, for the filter's agents. The series covers
     * the minutes that hold data, from the first to the last, in contiguous buckets (empty ones included) of a
     * width chosen so that there are at most 200. Asking again with the same filter and no new data returns the
     * same snapshot.
     */
    @Override
    public DashboardSnapshot snapshot(MetricsFilter filter) {
        if (filter.needsExecutions()) {
            throw new IllegalArgumentException("rollups do not know the orchestration pattern; figures for patterns "
                    + filter.patterns() + " come from the stored executions (ScannedSnapshot)");
        }
        long currentVersion = version.get();
        DashboardSnapshot last = lastSnapshot;
        if (last != null && last.version() == currentVersion && last.filter().equals(filter)) {
            return last;
        }
        List<AgentRollups> selected = new ArrayList<>();
        for (String agent : agents()) {
            if (filter.includesAgent(agent)) {
                selected.add(byAgent.get(agent));
            }
        }
        DashboardSnapshot snapshot = SnapshotMerger.merge(filter, selected, firstMinuteFrom(filter.range().from()),
                firstMinuteFrom(filter.range().to()), currentVersion, clock.instant(), modelNames.size());
        lastSnapshot = snapshot;
        return snapshot;
    }

    /** The first epoch minute that starts at or after {@code t}. */
    private static long firstMinuteFrom(Instant t) {
        long seconds = t.getEpochSecond() + (t.getNano() > 0 ? 1 : 0);
        return -Math.floorDiv(-seconds, 60);
    }

    @Override
    public long version() {
        return version.get();
    }

    @Override
    public SortedSet<String> agents() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byAgent.keySet()));
    }

    @Override
    public SortedSet<String> patterns() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(patterns));
    }

    /**
     * From the earliest start to the latest end recorded or restored; the end is at least a microsecond past the
     * latest start, so the span as a half-open range holds every execution. It only grows, also when a restore
     * replaces a minute with less.
     */
    @Override
    public Optional<TimeRange> span() {
        return span.span();
    }

    /** Serialises every rollup changed since the last drain; each is handed out once per change. */
    @Override
    public List<RollupRecord> drainDirty() {
        List<RollupRecord> records = new ArrayList<>();
        Rollup rollup;
        while ((rollup = dirty.poll()) != null) {
            byte[] state;
            synchronized (rollup) {
                if (!rollup.dirty) {
                    continue;
                }
                rollup.dirty = false;
                state = RollupCodec.encode(rollup);
            }
            records.add(new RollupRecord(rollup.agent, rollup.minute, state));
        }
        return records;
    }

    @Override
    public List<RollupRecord> dayTotals(Collection<RollupRecord> changed) {
        Map<String, SortedSet<Long>> days = new TreeMap<>();
        for (RollupRecord r : changed) {
            days.computeIfAbsent(r.agent(), a -> new TreeSet<>()).add(Math.floorDiv(r.minute(), MINUTES_A_DAY));
        }
        List<RollupRecord> totals = new ArrayList<>();
        for (Map.Entry<String, SortedSet<Long>> agent : days.entrySet()) {
            AgentRollups rollups = byAgent.get(agent.getKey());
            if (rollups == null) {
                continue;
            }
            for (long day : agent.getValue()) {
                Rollup total = new Rollup(rollups.agent, day * MINUTES_A_DAY);
                rollups.forEach(total.minute, total.minute + MINUTES_A_DAY - 1, minute -> {
                    synchronized (minute) {
                        total.merge(minute);
                    }
                });
                // Saved even when empty: a day whose executions all moved elsewhere must not keep its old total.
                totals.add(new RollupRecord(rollups.agent, total.minute, RollupCodec.encode(total)));
            }
        }
        return totals;
    }

    /**
     * Replaces the rollups of the records' agents and minutes with the persisted ones (see the class comment).
     * Every record is read before any is applied, so a damaged one changes nothing.
     *
     * @throws IllegalArgumentException naming the agent, minute and reason when a record cannot be read
     */
    @Override
    public void restore(Collection<RollupRecord> records) {
        List<Rollup> persisted = decodeAll(List.copyOf(records));
        for (Rollup rollup : persisted) {
            agent(rollup.agent).restore(rollup);
            if (rollup.executions > 0) {
                span.include(rollup.firstStartMicros, rollup.lastEndMicros);
            }
        }
        if (!persisted.isEmpty()) {
            version.incrementAndGet();
        }
    }

    /** Reads records in order; a start-up restore of tens of thousands splits the reading over the cores. */
    private List<Rollup> decodeAll(List<RollupRecord> records) {
        int parts = records.size() < PARALLEL_RESTORE ? 1 : Math.min(Runtime.getRuntime().availableProcessors(), 8);
        if (parts <= 1) {
            return decode(records);
        }
        int n = records.size();
        return IntStream.range(0, parts).parallel()
                .mapToObj(part -> decode(records.subList(part * n / parts, (part + 1) * n / parts)))
                .flatMap(List::stream)
                .toList();
    }

    private List<Rollup> decode(List<RollupRecord> records) {
        NameReader models = new NameReader(modelNames);
        List<Rollup> decoded = new ArrayList<>(records.size());
        for (RollupRecord record : records) {
            decoded.add(RollupCodec.decode(record, agentNames.canonical(record.agent()), models));
        }
        return decoded;
    }
}
