package io.breakerboard.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The stored blocks of executions: their {@link BlockDirectory}, loaded on first use (after moving executions
 * stored one row each into blocks, see {@link LegacyExecutions}), and the blocks themselves. Answers the key
 * look-ups of de-duplication. Thread-safe; its lock is taken last, after the repository's and the keys'.
 */
final class StoredBlocks implements ExecutionKeys.StoredKeys {
    private final DataSource dataSource;
    private BlockDirectory directory;

    StoredBlocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    synchronized BlockDirectory directory(Connection c) throws SQLException {
        if (directory == null) {
            LegacyExecutions.moveToBlocks(c);
            directory = BlockTable.load(c);
        }
        return directory;
    }

    BlockDirectory directory() {
        synchronized (this) {
            if (directory != null) {
                return directory;
            }
        }
        try (Connection c = dataSource.getConnection()) {
            return directory(c);
        } catch (SQLException e) {
            throw new StoreException("Could not read the list of stored executions: " + e.getMessage(), e);
        }
    }

    /** Drops the directory after a failed write; the next use reads it again. */
    synchronized void forget() {
        directory = null;
    }

    ExecutionBlock read(Connection c, BlockDirectory.Block block) throws SQLException {
        return BlockTable.read(c, block);
    }

    @Override
    public long count(Connection c) throws SQLException {
        return directory(c).rows();
    }

    @Override
    public Map<Long, ExecutionKeys.Stored> keysOf(Connection c, Collection<Long> ids) throws SQLException {
        BlockDirectory dir = directory(c);
        Map<BlockDirectory.Block, List<Long>> byBlock = new LinkedHashMap<>();
        for (long id : ids) {
            BlockDirectory.Block b = dir.containing(id);
            if (b != null) {
                byBlock.computeIfAbsent(b, x -> new ArrayList<>()).add(id);
            }
        }
        Map<Long, ExecutionKeys.Stored> keys = new HashMap<>(ids.size() * 2);
        for (Map.Entry<BlockDirectory.Block, List<Long>> e : byBlock.entrySet()) {
            ExecutionBlock block = read(c, e.getKey());
            String[] stored = block.texts(BlockColumn.KEY);
            long[] fingerprints = block.numbers(BlockColumn.FINGERPRINT);
            for (long id : e.getValue()) {
                int row = (int) (id - e.getKey().firstId());
                keys.put(id, new ExecutionKeys.Stored(id, stored[row], fingerprints[row]));
            }
        }
        return keys;
    }

    @Override
    public void forEachRun(Connection c, ExecutionKeys.RunConsumer consumer) throws SQLException {
        for (BlockDirectory.Block b : directory(c).all()) {
            consumer.accept(b.firstId(), Arrays.asList(read(c, b).texts(BlockColumn.KEY)));
        }
    }
}
