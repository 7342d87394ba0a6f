package io.breakerboard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQL of the stored blocks: {@code execution_blocks} holds what the {@link BlockDirectory} keeps of each,
 * {@code execution_block_data} its bytes, apart so that loading the directory reads no executions.
 */
final class BlockTable {
    private BlockTable() {
    }

    static BlockDirectory load(Connection c) throws SQLException {
        BlockDirectory directory = new BlockDirectory();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT first_id, row_count, min_started, max_started, failures"
                     + " FROM execution_blocks ORDER BY first_id")) {
            while (rs.next()) {
                directory.put(new BlockDirectory.Block(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4),
                        rs.getInt(5)));
            }
        }
        return directory;
    }

    /**
     * The executions {@code block} names, also when the stored block has grown since that entry was taken (see
     * {@link BlockDirectory}).
     */
    static ExecutionBlock read(Connection c, BlockDirectory.Block block) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT data FROM execution_block_data WHERE first_id = ?")) {
            ps.setLong(1, block.firstId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("The stored executions from id " + block.firstId() + " are missing from"
                            + " table execution_block_data although execution_blocks lists them. Restore the data"
                            + " directory from a backup, or import the source files again into a new data directory.",
                            null);
                }
                ExecutionBlock read = ExecutionBlockCodec.decode(block.firstId(), rs.getBytes(1));
                if (read.rows < block.rows()) {
                    throw new StoreException("The stored executions from id " + block.firstId() + " hold " + read.rows
                            + " rows where execution_blocks lists " + block.rows() + ". Restore the data directory"
                            + " from a backup, or import the source files again into a new data directory.", null);
                }
                // More rows: the writer extended the block after the caller took its entry. Extending only appends,
                // so the rows the entry names are unchanged, and keeping just those keeps the caller's view whole.
                return read.firstRows(block.rows());
            }
        }
    }

    /** Stores a new block, in the caller's transaction. */
    static void insert(Connection c, BlockDirectory.Block block, byte[] data) throws SQLException {
        try (PreparedStatement meta = c.prepareStatement("INSERT INTO execution_blocks"
                + " (first_id, row_count, min_started, max_started, failures) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement bytes = c.prepareStatement("INSERT INTO execution_block_data (first_id, data) VALUES (?, ?)")) {
            bind(meta, block);
            meta.executeUpdate();
            bytes.setLong(1, block.firstId());
            bytes.setBytes(2, data);
            bytes.executeUpdate();
        }
    }

    /** Replaces a stored block by a longer one from the same first id, in the caller's transaction. */
    static void replace(Connection c, BlockDirectory.Block block, byte[] data) throws SQLException {
        try (PreparedStatement meta = c.prepareStatement("UPDATE execution_blocks SET row_count = ?, min_started = ?,"
                + " max_started = ?, failures = ? WHERE first_id = ?");
             PreparedStatement bytes = c.prepareStatement("UPDATE execution_block_data SET data = ? WHERE first_id = ?")) {
            meta.setInt(1, block.rows());
            meta.setLong(2, block.minStarted());
            meta.setLong(3, block.maxStarted());
            meta.setInt(4, block.failures());
            meta.setLong(5, block.firstId());
            bytes.setBytes(1, data);
            bytes.setLong(2, block.firstId());
            if (meta.executeUpdate() != 1 || bytes.executeUpdate() != 1) {
                throw new SQLException("the stored block from id " + block.firstId() + " disappeared while it was extended");
            }
        }
    }

    private static void bind(PreparedStatement ps, BlockDirectory.Block block) throws SQLException {
        ps.setLong(1, block.firstId());
        ps.setInt(2, block.rows());
        ps.setLong(3, block.minStarted());
        ps.setLong(4, block.maxStarted());
        ps.setInt(5, block.failures());
    }
}
