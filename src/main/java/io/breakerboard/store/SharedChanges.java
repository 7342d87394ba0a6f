package io.breakerboard.store;

import io.breakerboard.metrics.RollupRecord;
import io.breakerboard.model.Execution;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.LongFunction;

/**
 * What a store written by several processes at once offers to keep each process's in-memory metrics equal to
 * what all of them stored (decision 0028). Every insert or replacement gets the next change number; numbers
 * become visible in order, so a process that has applied every change up to a number (its watermark) follows
 * the others by reading the changes after it.
 */
public interface SharedChanges {
    /** The number of the newest committed change; 0 when nothing was ever stored. */
    long latestChange();

    /**
     * Changes numbered above {@code after}, oldest first, at most {@code limit}; the changes this process made
     * itself are left out (its pipeline recorded them as it wrote them), but {@link ChangePage#reached()}
     * counts them.
     */
    ChangePage changesAfter(long after, int limit);

    /**
     * The executions of one agent and minute, without steps, as they stood at change {@code upToChange}: rows
     * changed later are left out, since following the changes adds them when it reaches them.
     */
    List<Execution> minute(String agent, long epochMinute, long upToChange);

    /**
     * Saves rollups that agree with one change number: while no process can store anything, {@code atMark}
     * is given the newest change number, must bring the metrics to exactly that number and return what to save,
     * which is saved with that number as the checkpoint.
     */
    void saveRollups(LongFunction<RollupSave> atMark);

    /** The saved rollups and the change number they cover, read as one consistent picture. */
    SavedRollups savedRollups();

    /** Whether this process's database role may insert into {@code table} (a viewer's role may not). */
    boolean mayWrite(String table);

    /** A lock held by at most one process of this store at a time, for work done once per team. */
    LeaderLock leaderLock(String name);

    /**
     * One inserted or replaced execution.
     *
     * @param seq           its change number
     * @param current       the execution as stored now, without steps
     * @param inserted      true when it was stored for the first time; otherwise it replaced an earlier version
     * @param previousAgent for a replacement, the agent of the version it replaced (else null)
     * @param previousStart for a replacement, the start of the version it replaced (else null)
     */
    record Change(long seq, Execution current, boolean inserted, String previousAgent, Instant previousStart) {
    }

    /** Changes read and the change number they reach (own changes included). */
    record ChangePage(List<Change> changes, long reached) {
    }

    /** What to save: rollups changed and the totals of their days. */
    record RollupSave(Collection<RollupRecord> records, Collection<RollupRecord> dayTotals) {
    }

    /** Saved rollups and the change number they cover (0: none saved). */
    record SavedRollups(List<RollupRecord> records, long mark) {
    }
}
