package io.breakerboard.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What is known of every stored block of executions without reading it (table {@code execution_blocks}): its
 * ids, earliest and latest start, and how many of its executions failed. A search reads only the blocks whose
 * starts can match. Adding a block already known replaces it, so a load that races with a commit never counts a
 * block twice. Thread-safe.
 *
 * <p>Readers see a block only once it is committed: the writer puts its entry after the commit. An entry is a
 * snapshot: a reader that took it before the writer extended the block reads only the rows it names
 * ({@link BlockTable#read}), so its lists agree with the {@link #rows()} it read at the same time.
 */
final class BlockDirectory {
    /** One stored block; starts in microseconds since the epoch. */
    record Block(long firstId, int rows, long minStarted, long maxStarted, int failures) {
        long lastId() {
            return firstId + rows - 1;
        }

        /** The same block stored from another first id. */
        Block startingAt(long id) {
            return new Block(id, rows, minStarted, maxStarted, failures);
        }
    }

    private static final Comparator<Block> NEWEST_FIRST = Comparator.comparingLong(Block::maxStarted)
            .thenComparingLong(Block::firstId).reversed();

    private final TreeMap<Long, Block> blocks = new TreeMap<>();
    private long rows;

    synchronized void put(Block block) {
        Block old = blocks.put(block.firstId(), block);
        rows += block.rows() - (old == null ? 0 : old.rows());
    }

    /** Executions in every block. */
    synchronized long rows() {
        return rows;
    }

    /** The highest id stored, 0 when none. */
    synchronized long lastId() {
        return blocks.isEmpty() ? 0 : blocks.lastEntry().getValue().lastId();
    }

    /** The block holding the highest ids, or null. */
    synchronized Block last() {
        return blocks.isEmpty() ? null : blocks.lastEntry().getValue();
    }

    /** The block holding {@code id}, or null. */
    synchronized Block containing(long id) {
        Map.Entry<Long, Block> e = blocks.floorEntry(id);
        return e == null || e.getValue().lastId() < id ? null : e.getValue();
    }

    /** Every block, lowest ids first. */
    synchronized List<Block> all() {
        return new ArrayList<>(blocks.values());
    }

    /**
     * The blocks with a start in [{@code from}, {@code to}) (microseconds), and with a failure when
     * {@code failuresOnly}, latest start first: a search for the newest executions can stop at the first block
     * whose latest start is older than everything it has found.
     */
    synchronized List<Block> newestFirst(long from, long to, boolean failuresOnly) {
        List<Block> matching = new ArrayList<>();
        for (Block b : blocks.values()) {
            if (b.maxStarted() >= from && b.minStarted() < to && (!failuresOnly || b.failures() > 0)) {
                matching.add(b);
            }
        }
        matching.sort(NEWEST_FIRST);
        return matching;
    }
}
