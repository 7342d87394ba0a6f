package io.breakerboard.store;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.QualityFacts;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;

/**
 * Executions and their steps. Executions are stored in packed blocks of consecutive ids ({@link ExecutionBlock},
 * decision 0021), steps one row each. Inserts are meant for one writer at a time (the pipeline's): ids are handed
 * out in memory, and keys are de-duplicated through the in-memory hashes of {@link ExecutionKeys} rather than a
 * unique index.
 */
public final class ExecutionRepository implements ExecutionStore {
    /** Most executions in one transaction and one stored block. */
    public static final int COMMIT_CHUNK = 5_000;
    /**
     * A last block with fewer executions than this takes the next ones in (it is read, extended and written
     * again), so a file followed a few lines at a time does not leave thousands of tiny blocks behind.
     */
    static final int GROW_BELOW = 512;

    private final DataSource dataSource;
    private final Clock clock;
    private final StoredBlocks blocks;
    private final ExecutionKeys keys;

    public ExecutionRepository(DataSource dataSource, Clock clock) {
        this(dataSource, clock, KeyHash::of);
    }

    /** With another key hash, so tests can make keys collide; the stored hashes must come from the same one. */
    ExecutionRepository(DataSource dataSource, Clock clock, ToLongFunction<String> keyHash) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.blocks = new StoredBlocks(dataSource);
        this.keys = new ExecutionKeys(dataSource, blocks, keyHash);
    }

    /**
     * Stores the executions whose keys are not stored yet, skipping keys already stored with the same content and
     * repeats inside the batch (the first one wins), and replacing in place the stored executions whose key comes
     * back with other content ({@link ExecutionFingerprint}). Commits every {@link #COMMIT_CHUNK} executions: each
     * chunk, its steps, its replacements and its key hashes are stored whole or not at all.
     */
    @Override
    public InsertResult insertNew(List<Execution> batch) {
        return insertNew(prepare(batch));
    }

    /**
     * Does on the calling thread what an insert can do before it knows which keys are stored (see
     * {@link PreparedBatch}); thread-safe.
     */
    @Override
    public PreparedBatch prepare(List<Execution> batch) {
        return PreparedBatch.split(batch, ExecutionBlock.micros(clock.instant()), COMMIT_CHUNK, (executions, keyList, block) ->
                new PreparedBatch.Chunk(executions, keyList, keys.hashes(keyList), block, ExecutionBlockCodec.encode(block)));
    }

    /** Stores what {@link #prepare} made ready, as {@link #insertNew(List)} does. */
    @Override
    public synchronized InsertResult insertNew(PreparedBatch batch) {
        List<Execution> inserted = new ArrayList<>();
        List<InsertResult.Update> updated = new ArrayList<>();
        int duplicates = batch.repeats();
        int size = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                BlockDirectory directory = blocks.directory(c);
                for (PreparedBatch.Chunk chunk : batch.chunks()) {
                    size += chunk.executions().size();
                    Map<String, ExecutionKeys.Stored> stored = keys.storedAmong(c, chunk.keys(), chunk.hashes());
                    PreparedBatch.Chunk fresh = withoutStored(chunk, stored.keySet());
                    List<ExecutionUpdates.Change> changes = changes(chunk, stored);
                    ExecutionUpdates.Applied applied = changes.isEmpty() ? ExecutionUpdates.Applied.NONE
                            : ExecutionUpdates.apply(c, blocks, directory, chunk, changes);
                    updated.addAll(applied.updates());
                    duplicates += stored.size() - applied.updates().size();
                    if (fresh.executions().isEmpty()) {
                        if (!applied.blocks().isEmpty()) {
                            c.commit();
                            applied.blocks().forEach(directory::put);
                        }
                        continue;
                    }
                    // Growing the last block reads it in this transaction, so it sees the replaced rows.
                    long firstId = directory.lastId() + 1;
                    BlockDirectory.Block written = writeBlock(c, directory, firstId, fresh);
                    insertSteps(c, firstId, fresh.executions());
                    ScoreRows.insertFrom(c, firstId, fresh.executions());
                    keys.write(c, firstId, fresh.hashes());
                    keys.commit(c, firstId, fresh.hashes(), () -> {
                        // Replaced blocks first: the grown last block may be one of them, and its new entry must win.
                        applied.blocks().forEach(directory::put);
                        directory.put(written);
                    });
                    inserted.addAll(fresh.executions());
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                blocks.forget();
                keys.forget();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not store " + size + " executions: " + e.getMessage(), e);
        }
        return new InsertResult(inserted, duplicates, updated);
    }

    // The executions of the chunk stored under their key with another fingerprint (or with none, stored before).
    private static List<ExecutionUpdates.Change> changes(PreparedBatch.Chunk chunk, Map<String, ExecutionKeys.Stored> stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        long[] fingerprints = chunk.block().numbers(BlockColumn.FINGERPRINT);
        List<ExecutionUpdates.Change> changes = new ArrayList<>();
        for (int i = 0; i < chunk.keys().size(); i++) {
            ExecutionKeys.Stored s = stored.get(chunk.keys().get(i));
            if (s != null && s.fingerprint() != fingerprints[i]) {
                changes.add(new ExecutionUpdates.Change(s.id(), s.fingerprint(), i));
            }
        }
        return changes;
    }

    // The chunk without the executions whose keys are stored, packed again when there were any.
    private static PreparedBatch.Chunk withoutStored(PreparedBatch.Chunk chunk, Set<String> stored) {
        if (stored.isEmpty()) {
            return chunk;
        }
        List<Execution> executions = new ArrayList<>();
        List<String> keyList = new ArrayList<>();
        long[] imported = chunk.block().numbers(BlockColumn.IMPORTED_AT);
        long[] fingerprints = chunk.block().numbers(BlockColumn.FINGERPRINT);
        long[] hashes = new long[chunk.hashes().length];
        long[] keptImported = new long[hashes.length];
        long[] keptFingerprints = new long[hashes.length];
        for (int i = 0; i < chunk.executions().size(); i++) {
            if (!stored.contains(chunk.keys().get(i))) {
                keptImported[executions.size()] = imported[i];
                keptFingerprints[executions.size()] = fingerprints[i];
                hashes[executions.size()] = chunk.hashes()[i];
                executions.add(chunk.executions().get(i));
                keyList.add(chunk.keys().get(i));
            }
        }
        ExecutionBlock block = ExecutionBlock.of(0, executions, Arrays.copyOf(keptImported, executions.size()),
                Arrays.copyOf(keptFingerprints, executions.size()));
        return new PreparedBatch.Chunk(executions, keyList, Arrays.copyOf(hashes, executions.size()), block, null);
    }

    // A new block, or the last one extended while it is small (see GROW_BELOW).
    private BlockDirectory.Block writeBlock(Connection c, BlockDirectory directory, long firstId, PreparedBatch.Chunk chunk)
            throws SQLException {
        BlockDirectory.Block last = directory.last();
        if (last != null && last.rows() < GROW_BELOW && last.rows() + chunk.executions().size() <= COMMIT_CHUNK
                && last.lastId() + 1 == firstId) {
            ExecutionBlock added = ExecutionBlock.of(firstId, chunk.executions(), chunk.block().numbers(BlockColumn.IMPORTED_AT),
                    chunk.block().numbers(BlockColumn.FINGERPRINT));
            ExecutionBlock grown = blocks.read(c, last).append(added);
            BlockDirectory.Block summary = grown.summary();
            BlockTable.replace(c, summary, ExecutionBlockCodec.encode(grown));
            return summary;
        }
        BlockDirectory.Block summary = chunk.block().summary().startingAt(firstId);
        byte[] packed = chunk.packed() != null ? chunk.packed() : ExecutionBlockCodec.encode(chunk.block());
        BlockTable.insert(c, summary, packed);
        return summary;
    }

    private static void insertSteps(Connection c, long firstId, List<Execution> executions) throws SQLException {
        boolean anySteps = false;
        try (PreparedStatement ps = c.prepareStatement(ExecutionRows.INSERT_STEP)) {
            long id = firstId;
            for (Execution e : executions) {
                for (Step s : e.steps()) {
                    ExecutionRows.bindStep(ps, id, s);
                    ps.addBatch();
                    anySteps = true;
                }
                id++;
            }
            if (anySteps) {
                ps.executeBatch();
            }
        }
    }

    /** Executions in the filter, newest first, without their steps. */
    @Override
    public List<Execution> find(MetricsFilter filter, boolean failuresOnly, int limit) {
        return ExecutionPages.first(this::page, filter, failuresOnly, limit);
    }

    /**
     * Every execution in the filter, newest first, without steps, read lazily a page at a time (keyset paging on
     * start and id), so an export of millions of rows holds one page in memory.
     */
    @Override
    public Iterable<Execution> scan(MetricsFilter filter, boolean failuresOnly) {
        return () -> new ExecutionPages(this::page, filter, failuresOnly);
    }

    List<ExecutionPages.Row> page(MetricsFilter filter, boolean failuresOnly, ExecutionPages.Row after, int size) {
        return page(filter, failuresOnly, after, size, true);
    }

    private List<ExecutionPages.Row> page(MetricsFilter filter, boolean failuresOnly, ExecutionPages.Row after, int size,
                                          boolean stepCounts) {
        try (Connection c = dataSource.getConnection()) {
            return NewestExecutions.find(c, blocks, filter, failuresOnly, after, size, stepCounts);
        } catch (SQLException e) {
            throw new StoreException("Could not read executions: " + e.getMessage(), e);
        }
    }

    /** Quality reads the steps it judges by itself, so its pages skip the step counts (a sixth of a scan's time). */
    @Override
    public void forEachQuality(MetricsFilter filter, Consumer<QualityFacts> action) {
        QualityPages.forEach(dataSource, (f, failuresOnly, after, size) -> page(f, failuresOnly, after, size, false),
                filter, action);
    }

    /** One execution with all its steps and scores. */
    @Override
    public Optional<Execution> findByKey(String key) {
        long[] ids = keys.candidateIds(key);
        if (ids.length == 0) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection()) {
            BlockDirectory directory = blocks.directory(c);
            for (long id : ids) {
                BlockDirectory.Block b = directory.containing(id);
                if (b == null) {
                    continue;
                }
                ExecutionBlock block = blocks.read(c, b);
                int row = (int) (id - b.firstId());
                if (key.equals(block.texts(BlockColumn.KEY)[row])) {
                    return Optional.of(block.execution(row, ExecutionRows.steps(c, id)).withScores(ScoreRows.of(c, id)));
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("Could not read execution " + key + ": " + e.getMessage(), e);
        }
    }

    /** Executions stored; read from the list of blocks, which is loaded once and kept up to date by the inserts. */
    @Override
    public long count() {
        return blocks.directory().rows();
    }

    /** Hands every stored execution, without steps, to {@code action}, oldest id first; holds one block at a time. */
    @Override
    public void forEach(Consumer<Execution> action) {
        try (Connection c = dataSource.getConnection()) {
            for (BlockDirectory.Block b : blocks.directory(c).all()) {
                ExecutionBlock block = blocks.read(c, b);
                for (int i = 0; i < block.rows; i++) {
                    action.accept(block.execution(i));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read executions: " + e.getMessage(), e);
        }
    }
}
