package io.breakerboard.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * The rollups of one agent, in one slot per minute grouped by UTC day: finding a minute is an array read, and a
 * restore of tens of thousands of minutes fills slots instead of growing a tree. A rollup, once created, stays the
 * one for its minute (restore replaces its content, not the object), so a reference to it never goes stale.
 */
final class AgentRollups {
    private static final int DAY = 1_440;

    final String agent;
    private final ConcurrentSkipListMap<Long, AtomicReferenceArray<Rollup>> days = new ConcurrentSkipListMap<>();
    /** The rollup written last: logs arrive roughly in time order, so most executions land in it. */
    private volatile Rollup recent;

    AgentRollups(String agent) {
        this.agent = agent;
    }

    Rollup rollupFor(long minute) {
        Rollup rollup = recent;
        if (rollup != null && rollup.minute == minute) {
            return rollup;
        }
        AtomicReferenceArray<Rollup> day = day(minute);
        int slot = slot(minute);
        rollup = day.get(slot);
        if (rollup == null) {
            Rollup created = new Rollup(agent, minute);
            rollup = day.compareAndSet(slot, null, created) ? created : day.get(slot);
        }
        recent = rollup;
        return rollup;
    }

    /** Installs a persisted rollup, replacing what its minute held. */
    void restore(Rollup persisted) {
        AtomicReferenceArray<Rollup> day = day(persisted.minute);
        int slot = slot(persisted.minute);
        if (!day.compareAndSet(slot, null, persisted)) {
            Rollup existing = day.get(slot);
            synchronized (existing) {
                existing.replaceWith(persisted);
            }
        }
    }

    private AtomicReferenceArray<Rollup> day(long minute) {
        Long day = Math.floorDiv(minute, DAY);
        AtomicReferenceArray<Rollup> rollups = days.get(day);
        return rollups != null ? rollups : days.computeIfAbsent(day, d -> new AtomicReferenceArray<>(DAY));
    }

    private static int slot(long minute) {
        return (int) Math.floorMod(minute, DAY);
    }

    // A minute emptied by a rebuild (its only execution moved to another minute) keeps its rollup but no data.
    private static boolean holdsAny(Rollup rollup) {
        if (rollup == null) {
            return false;
        }
        synchronized (rollup) {
            return rollup.executions > 0;
        }
    }

    /** The first minute in [from, to] holding a rollup with executions, or {@code Long.MAX_VALUE}. */
    long firstMinute(long from, long to) {
        for (Map.Entry<Long, AtomicReferenceArray<Rollup>> day : days.subMap(Math.floorDiv(from, DAY), true,
                Math.floorDiv(to, DAY), true).entrySet()) {
            long base = day.getKey() * DAY;
            for (long m = Math.max(from, base); m <= Math.min(to, base + DAY - 1); m++) {
                if (holdsAny(day.getValue().get((int) (m - base)))) {
                    return m;
                }
            }
        }
        return Long.MAX_VALUE;
    }

    /** The last minute in [from, to] holding a rollup with executions, or {@code Long.MIN_VALUE}. */
    long lastMinute(long from, long to) {
        for (Map.Entry<Long, AtomicReferenceArray<Rollup>> day : days.subMap(Math.floorDiv(from, DAY), true,
                Math.floorDiv(to, DAY), true).descendingMap().entrySet()) {
            long base = day.getKey() * DAY;
            for (long m = Math.min(to, base + DAY - 1); m >= Math.max(from, base); m--) {
                if (holdsAny(day.getValue().get((int) (m - base)))) {
                    return m;
                }
            }
        }
        return Long.MIN_VALUE;
    }

    /** Visits the rollups of minutes in [from, to], oldest first. */
    void forEach(long from, long to, Consumer<Rollup> visitor) {
        for (Map.Entry<Long, AtomicReferenceArray<Rollup>> day : days.subMap(Math.floorDiv(from, DAY), true,
                Math.floorDiv(to, DAY), true).entrySet()) {
            long base = day.getKey() * DAY;
            AtomicReferenceArray<Rollup> slots = day.getValue();
            for (long m = Math.max(from, base); m <= Math.min(to, base + DAY - 1); m++) {
                Rollup rollup = slots.get((int) (m - base));
                if (rollup != null) {
                    visitor.accept(rollup);
                }
            }
        }
    }
}
