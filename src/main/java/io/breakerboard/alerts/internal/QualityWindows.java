package io.breakerboard.alerts.internal;

import io.breakerboard.metrics.QualityFacts;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Execution;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-agent, per-minute counts of the quality figures the rules judge (tool calls and failures, root-cause
 * verdicts), fed with the executions this process stores. The minute rollups do not keep them and the store would
 * have to be scanned every tick, so the rules count what arrives: after a start the windows fill as executions
 * come in. A new version of an execution still held replaces the old one's counts. Minutes older than the longest
 * window asked for are dropped, and executions that start before them are not counted. Not thread-safe: the
 * engine calls it under its lock.
 */
public final class QualityWindows {

    /** One agent's counts over a window. */
    public record Counts(long withTools, long toolCalls, long toolFailures, long judged, long found) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        Counts plus(Counts o, int sign) {
            return new Counts(withTools + sign * o.withTools, toolCalls + sign * o.toolCalls,
                    toolFailures + sign * o.toolFailures, judged + sign * o.judged, found + sign * o.found);
        }
    }

    private record Held(String agent, long minute, Counts counts) {
    }

    private final TreeMap<Long, Map<String, Counts>> minutes = new TreeMap<>();
    private final Map<String, Held> byExecution = new HashMap<>();
    private final TreeMap<Long, List<String>> idsByMinute = new TreeMap<>();
    private Duration horizon = Duration.ofMinutes(1);
    private long version;

    /** Counts {@code e} in its start minute, in place of an earlier version of it; ignores what lies past the horizon. */
    public void add(Execution e, Instant now) {
        long minute = Math.floorDiv(e.startedAt().getEpochSecond(), 60);
        Held old = byExecution.remove(e.key());
        if (old != null) {
            change(old.agent(), old.minute(), old.counts(), -1);
        }
        if (minute < oldestKept(now)) {
            return;
        }
        Counts c = countsOf(e);
        if (c.equals(Counts.NONE)) {
            return;
        }
        change(e.agent(), minute, c, 1);
        byExecution.put(e.key(), new Held(e.agent(), minute, c));
        idsByMinute.computeIfAbsent(minute, m -> new ArrayList<>()).add(e.key());
    }

    /** Keeps at least {@code longest} of minutes from now on and drops the older ones. */
    public void keep(Duration longest, Instant now) {
        horizon = longest;
        long oldest = oldestKept(now);
        minutes.headMap(oldest).clear();
        for (Iterator<Map.Entry<Long, List<String>>> it = idsByMinute.headMap(oldest).entrySet().iterator();
                it.hasNext(); ) {
            Map.Entry<Long, List<String>> m = it.next();
            // An id may have moved to another minute with a newer version; only its entry of this minute goes.
            m.getValue().forEach(id -> byExecution.computeIfPresent(id, (k, h) -> h.minute() == m.getKey() ? null : h));
            it.remove();
        }
    }

    /** Grows with every change, so a caller can reuse what it measured. */
    public long version() {
        return version;
    }

    /** Each agent's counts over the range's minutes. */
    public Map<String, Counts> over(TimeRange range) {
        long from = Math.floorDiv(range.from().getEpochSecond(), 60);
        long to = Math.floorDiv(range.to().getEpochSecond(), 60);
        Map<String, Counts> out = new HashMap<>();
        for (Map<String, Counts> m : minutes.subMap(from, to).values()) {
            m.forEach((agent, c) -> out.merge(agent, c, (a, b) -> a.plus(b, 1)));
        }
        return out;
    }

    private long oldestKept(Instant now) {
        return WindowSnapshots.windowEnding(horizon, now).from().getEpochSecond() / 60;
    }

    private void change(String agent, long minute, Counts c, int sign) {
        Map<String, Counts> m = minutes.get(minute);
        if (m == null) {
            if (sign < 0) {
                return;
            }
            m = new HashMap<>();
            minutes.put(minute, m);
        }
        m.merge(agent, sign > 0 ? c : Counts.NONE.plus(c, -1), (a, b) -> a.plus(b, 1));
        version++;
    }

    private static Counts countsOf(Execution e) {
        QualityFacts f = QualityFacts.of(e, List.of());
        int calls = Math.max(f.toolCalls(), 0);
        int failures = Math.min(Math.max(f.toolFailures(), 0), calls);
        Boolean found = f.rootCauseFound();
        return new Counts(calls > 0 ? 1 : 0, calls, failures, found == null ? 0 : 1, Boolean.TRUE.equals(found) ? 1 : 0);
    }
}
