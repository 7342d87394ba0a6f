package io.breakerboard.store;

import io.breakerboard.model.Execution;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves executions stored one row each (table {@code executions}, before migration V7) into blocks with the same
 * ids, so their steps and key hashes stay valid. Each block is written and its rows deleted in one transaction:
 * a stop part-way leaves every execution either a row or in a block, and the next start goes on from there.
 */
final class LegacyExecutions {
    private LegacyExecutions() {
    }

    /** @return how many executions were moved */
    static long moveToBlocks(Connection c) throws SQLException {
        if (!any(c)) {
            return 0;
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        long moved = 0;
        try (PreparedStatement select = c.prepareStatement("SELECT " + ExecutionRows.EXECUTION_COLUMNS
                + " FROM executions ORDER BY id LIMIT " + ExecutionRepository.COMMIT_CHUNK);
             PreparedStatement delete = c.prepareStatement("DELETE FROM executions WHERE id BETWEEN ? AND ?")) {
            while (true) {
                List<Execution> run = new ArrayList<>();
                List<Long> importedAt = new ArrayList<>();
                long first = -1;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (first < 0) {
                            first = id;
                        } else if (id != first + run.size()) {
                            break; // a gap in the ids ends the block; the next round starts at this row
                        }
                        run.add(ExecutionRows.readExecution(rs, List.of()));
                        importedAt.add(ExecutionBlock.micros(rs.getObject(22, OffsetDateTime.class).toInstant()));
                    }
                }
                if (run.isEmpty()) {
                    break;
                }
                // Read without their steps, so their fingerprint is not known (compared column by column, 0025).
                ExecutionBlock block = ExecutionBlock.of(first, run, importedAt.stream().mapToLong(Long::longValue).toArray(),
                        new long[run.size()]);
                BlockTable.insert(c, block.summary(), ExecutionBlockCodec.encode(block));
                delete.setLong(1, first);
                delete.setLong(2, block.lastId());
                delete.executeUpdate();
                c.commit();
                moved += run.size();
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return moved;
    }

    private static boolean any(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM executions LIMIT 1")) {
            return rs.next();
        }
    }
}
