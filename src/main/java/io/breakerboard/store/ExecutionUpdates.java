package io.breakerboard.store;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Replaces stored executions whose record came back with other content (a session that grew): in place, under the
 * same id, by writing their block again with the new rows and replacing their steps and scores, so every reader sees the new
 * version and no reader has to skip old ones (see {@code docs/decisions/0025-updated-executions.md}). Runs in the
 * writer's transaction.
 */
final class ExecutionUpdates {
    /** One execution of a prepared chunk whose key is stored under {@code id}. */
    record Change(long id, long storedFingerprint, int chunkRow) {
    }

    /** What a replacement did: the versions before and after, and the blocks as written (for the directory). */
    record Applied(List<InsertResult.Update> updates, List<BlockDirectory.Block> blocks) {
        static final Applied NONE = new Applied(List.of(), List.of());
    }

    // The columns that say what an execution is; where and when it was read do not make it another version.
    private static final List<BlockColumn> CONTENT = List.of(BlockColumn.KEY, BlockColumn.AGENT, BlockColumn.TASK,
            BlockColumn.STARTED, BlockColumn.DURATION, BlockColumn.OUTCOME, BlockColumn.ERROR_KIND,
            BlockColumn.ERROR_MESSAGE, BlockColumn.MODEL, BlockColumn.INPUT_TOKENS, BlockColumn.OUTPUT_TOKENS,
            BlockColumn.COST, BlockColumn.RETRIES, BlockColumn.ITERATIONS, BlockColumn.TOOL_CALLS,
            BlockColumn.TOOL_FAILURES, BlockColumn.USER, BlockColumn.SESSION);

    private ExecutionUpdates() {
    }

    /**
     * Writes the changed executions over their stored versions. An execution stored before fingerprints were kept
     * ({@link ExecutionFingerprint#UNKNOWN}) is replaced only when one of its columns differs; steps alone cannot
     * be told apart for it without reading them. The caller commits, then puts the blocks written into the
     * directory.
     */
    static Applied apply(Connection c, StoredBlocks blocks, BlockDirectory directory, PreparedBatch.Chunk chunk,
                         List<Change> changes) throws SQLException {
        Map<BlockDirectory.Block, List<Change>> byBlock = new LinkedHashMap<>();
        for (Change change : changes) {
            BlockDirectory.Block b = directory.containing(change.id());
            if (b == null) {
                throw new StoreException("execution " + change.id() + " has a stored key but no stored block", null);
            }
            byBlock.computeIfAbsent(b, x -> new ArrayList<>()).add(change);
        }
        List<InsertResult.Update> updates = new ArrayList<>();
        List<BlockDirectory.Block> written = new ArrayList<>();
        long[] imported = chunk.block().numbers(BlockColumn.IMPORTED_AT);
        long[] fingerprints = chunk.block().numbers(BlockColumn.FINGERPRINT);
        for (Map.Entry<BlockDirectory.Block, List<Change>> e : byBlock.entrySet()) {
            ExecutionBlock stored = blocks.read(c, e.getKey());
            List<Change> kept = new ArrayList<>();
            for (Change change : e.getValue()) {
                int row = (int) (change.id() - stored.firstId);
                if (change.storedFingerprint() != ExecutionFingerprint.UNKNOWN
                        || !sameContent(stored, row, chunk.block(), change.chunkRow())) {
                    kept.add(change);
                }
            }
            if (kept.isEmpty()) {
                continue;
            }
            int[] rows = new int[kept.size()];
            List<Execution> replacements = new ArrayList<>(kept.size());
            long[] keptImported = new long[kept.size()];
            long[] keptFingerprints = new long[kept.size()];
            for (int i = 0; i < rows.length; i++) {
                Change change = kept.get(i);
                rows[i] = (int) (change.id() - stored.firstId);
                Execution current = chunk.executions().get(change.chunkRow());
                replacements.add(current);
                keptImported[i] = imported[change.chunkRow()];
                keptFingerprints[i] = fingerprints[change.chunkRow()];
                updates.add(new InsertResult.Update(stored.execution(rows[i]), current));
            }
            ExecutionBlock replaced = stored.replacing(rows,
                    ExecutionBlock.of(0, replacements, keptImported, keptFingerprints));
            BlockDirectory.Block summary = replaced.summary();
            BlockTable.replace(c, summary, ExecutionBlockCodec.encode(replaced));
            replaceSteps(c, kept, replacements);
            replaceScores(c, kept, replacements);
            written.add(summary);
        }
        if (!updates.isEmpty()) {
            // The saved rollups no longer match the executions, though their number is the same: without a
            // checkpoint the next start rebuilds them, should the process stop before they are saved again.
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM rollup_checkpoint");
            }
        }
        return new Applied(updates, written);
    }

    private static boolean sameContent(ExecutionBlock stored, int row, ExecutionBlock incoming, int incomingRow) {
        for (BlockColumn column : CONTENT) {
            if (column.isText()) {
                if (!Objects.equals(stored.texts(column)[row], incoming.texts(column)[incomingRow])) {
                    return false;
                }
            } else if (stored.numbers(column)[row] != incoming.numbers(column)[incomingRow]) {
                return false;
            }
        }
        return true;
    }

    private static void replaceScores(Connection c, List<Change> changes, List<Execution> replacements)
            throws SQLException {
        List<Long> ids = changes.stream().map(Change::id).toList();
        ScoreRows.delete(c, ids);
        ScoreRows.insert(c, ids, replacements);
    }

    private static void replaceSteps(Connection c, List<Change> changes, List<Execution> replacements)
            throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM steps WHERE execution_id = ?");
             PreparedStatement insert = c.prepareStatement(ExecutionRows.INSERT_STEP)) {
            boolean anySteps = false;
            for (int i = 0; i < changes.size(); i++) {
                long id = changes.get(i).id();
                delete.setLong(1, id);
                delete.addBatch();
                for (Step s : replacements.get(i).steps()) {
                    ExecutionRows.bindStep(insert, id, s);
                    insert.addBatch();
                    anySteps = true;
                }
            }
            delete.executeBatch();
            if (anySteps) {
                insert.executeBatch();
            }
        }
    }
}
