package io.breakerboard.pipeline;

import io.breakerboard.metrics.Metrics;
import io.breakerboard.metrics.RollupRecord;
import io.breakerboard.model.Execution;
import io.breakerboard.store.SharedChanges;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps this process's metrics equal to what every process stored in a team store (decision 0028). All changes,
 * this process's own included, reach the metrics from the store's numbered changes, in order: a new execution
 * is recorded, a replaced one has the minutes of its old and new version built again from the rows as they
 * stood at its change number. So nothing is counted twice, whoever wrote it and however writes interleave, and
 * the rollups saved agree with one change number. Not thread-safe: the pipeline's writer thread calls it.
 */
public final class SharedStoreFollower {
    private static final int PAGE = 5_000;

    private record Minute(String agent, long epochMinute) {
    }

    private final SharedChanges changes;
    private final Metrics metrics;
    private long watermark;

    SharedStoreFollower(SharedChanges changes, Metrics metrics) {
        this.changes = changes;
        this.metrics = metrics;
    }

    /**
     * Brings {@code metrics} to everything a team store holds, without writing to it: for one-shot readers
     * such as {@code report}, which a read-only role may run.
     */
    public static void restoreInto(SharedChanges changes, Metrics metrics) {
        new SharedStoreFollower(changes, metrics).restore();
    }

    /** Restores the saved rollups and applies every change made since they were saved. */
    List<Execution> restore() {
        SharedChanges.SavedRollups saved = changes.savedRollups();
        metrics.restore(saved.records());
        watermark = saved.mark();
        return catchUp(Long.MAX_VALUE);
    }

    /** The change number the metrics hold everything up to. */
    long watermark() {
        return watermark;
    }

    /**
     * Applies the changes after the watermark, up to {@code upTo} or the newest.
     *
     * @return the executions added or replaced, as the pipeline's listeners are told of them
     */
    List<Execution> catchUp(long upTo) {
        List<Execution> added = new ArrayList<>();
        while (watermark < upTo) {
            SharedChanges.ChangePage page = changes.changesAfter(watermark, PAGE);
            for (SharedChanges.Change c : page.changes()) {
                if (c.seq() > upTo) {
                    return added;
                }
                apply(c);
                added.add(c.current());
                watermark = c.seq();
            }
            if (page.changes().size() < PAGE) {
                break;
            }
        }
        return added;
    }

    private void apply(SharedChanges.Change c) {
        if (c.inserted()) {
            metrics.record(c.current());
            return;
        }
        Set<Minute> minutes = new LinkedHashSet<>();
        if (c.previousAgent() != null && c.previousStart() != null) {
            minutes.add(minuteOf(c.previousAgent(), c.previousStart()));
        }
        minutes.add(minuteOf(c.current().agent(), c.current().startedAt()));
        for (Minute m : minutes) {
            metrics.rebuildMinute(m.agent(), m.epochMinute(), changes.minute(m.agent(), m.epochMinute(), c.seq()));
        }
    }

    private static Minute minuteOf(String agent, Instant start) {
        return new Minute(agent, Math.floorDiv(start.getEpochSecond(), 60));
    }

    /**
     * Saves the changed rollups at one change number, while no process writes.
     *
     * @return the executions that catching up to that number added
     */
    List<Execution> save() {
        List<Execution> added = new ArrayList<>();
        changes.saveRollups(mark -> {
            added.addAll(catchUp(mark));
            List<RollupRecord> dirty = metrics.drainDirty();
            return new SharedChanges.RollupSave(dirty, metrics.dayTotals(dirty));
        });
        return added;
    }
}
