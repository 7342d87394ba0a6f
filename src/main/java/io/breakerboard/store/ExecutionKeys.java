package io.breakerboard.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;

/**
 * Which execution keys are stored, answered from memory: the hash of every stored key, loaded on first use from
 * {@code execution_key_hashes} (a few hundred rows for a million executions), and the stored key compared
 * only when a hash is already known. Replaces a unique index on the key, whose random order made every commit
 * rewrite most of it (see {@code docs/decisions/0020-dedup-by-key-hash.md}).
 *
 * <p>Blocks of hashes are written in the same transaction as their executions, so the two never disagree; the
 * in-memory table is brought up to date with the commit, and {@link #forget()} drops it after a failed
 * one so that the next use reloads it. Thread-safe.
 */
final class ExecutionKeys {
    /** Most hashes in one stored row (400 KB). */
    static final int MAX_BLOCK = 50_000;
    /** Rows of hashes read per query when loading. */
    private static final int LOAD_ROWS = 16;

    /** Where the stored executions' keys are read, when a hash is known or the hashes must be written again. */
    interface StoredKeys {
        /** How many executions are stored. */
        long count(Connection c) throws SQLException;

        /** The stored keys of these ids, with their fingerprints. */
        Map<Long, Stored> keysOf(Connection c, Collection<Long> ids) throws SQLException;

        /** Hands every stored run of consecutive ids, lowest first, with their keys in order. */
        void forEachRun(Connection c, RunConsumer consumer) throws SQLException;
    }

    /** A stored execution's id, key and {@link ExecutionFingerprint}. */
    record Stored(long id, String key, long fingerprint) {
    }

    /** Receives the keys of executions with ids {@code firstId}, {@code firstId + 1}, ... */
    @FunctionalInterface
    interface RunConsumer {
        void accept(long firstId, List<String> keys) throws SQLException;
    }

    private final DataSource dataSource;
    private final StoredKeys stored;
    private final ToLongFunction<String> hash;
    private KeyIndex index;

    /** @param hash {@link KeyHash#of} but in tests */
    ExecutionKeys(DataSource dataSource, StoredKeys stored, ToLongFunction<String> hash) {
        this.dataSource = dataSource;
        this.stored = stored;
        this.hash = hash;
    }

    /** The hash of each key, in order; needs no lock, so callers may hash off the writer's thread. */
    long[] hashes(List<String> keys) {
        long[] hashes = new long[keys.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash.applyAsLong(keys.get(i));
        }
        return hashes;
    }

    /**
     * The keys among {@code keys} that are stored, each with the stored execution. Most new keys are decided by
     * their hash alone; the keys whose hash is known are compared with the stored keys of those ids, in one query.
     *
     * @param hashes the hash of each key, from {@link #hashes}
     */
    Map<String, Stored> storedAmong(Connection c, List<String> keys, long[] hashes) throws SQLException {
        Map<String, long[]> candidates = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        synchronized (this) {
            KeyIndex idx = loaded();
            for (int i = 0; i < hashes.length; i++) {
                String key = keys.get(i);
                long h = hashes[i];
                if (idx.contains(h)) {
                    long[] found = idx.idsOf(h);
                    candidates.put(key, found);
                    for (long id : found) {
                        ids.add(id);
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return Map.of();
        }
        Map<Long, Stored> storedKeys = stored.keysOf(c, ids);
        Map<String, Stored> found = new HashMap<>();
        for (Map.Entry<String, long[]> candidate : candidates.entrySet()) {
            for (long id : candidate.getValue()) {
                Stored s = storedKeys.get(id);
                if (s != null && candidate.getKey().equals(s.key())) {
                    found.put(candidate.getKey(), s);
                    break;
                }
            }
        }
        return found;
    }

    /** Ids of the executions whose key may be {@code key}; compare the stored key before trusting one. */
    synchronized long[] candidateIds(String key) {
        return loaded().idsOf(hash.applyAsLong(key));
    }

    /**
     * Writes the hashes of executions with consecutive ids from {@code firstId}, in the caller's transaction;
     * pass them to {@link #commit} to commit that transaction.
     */
    long[] write(Connection c, long firstId, long[] hashes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO execution_key_hashes (first_id, hashes) VALUES (?, ?)")) {
            for (int from = 0; from < hashes.length; from += MAX_BLOCK) {
                int to = Math.min(hashes.length, from + MAX_BLOCK);
                ps.setLong(1, firstId + from);
                ps.setBytes(2, bytes(hashes, from, to));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return hashes;
    }

    /**
     * Commits the transaction that wrote the hashes, adds them to memory and runs {@code publish} (which shows
     * the new executions to readers), as one step: a load in between would otherwise see the hashes twice, or
     * more hashes than executions.
     */
    synchronized void commit(Connection c, long firstId, long[] hashes, Runnable publish) throws SQLException {
        c.commit();
        if (index != null) {
            add(index, firstId, hashes);
        }
        publish.run();
    }

    /** Drops what is in memory; the next use reloads it from the database. */
    synchronized void forget() {
        index = null;
    }

    private KeyIndex loaded() throws StoreException {
        if (index == null) {
            try (Connection c = dataSource.getConnection()) {
                index = load(c);
            } catch (SQLException e) {
                throw new StoreException("Could not load the keys of the stored executions: " + e.getMessage(), e);
            }
        }
        return index;
    }

    private KeyIndex load(Connection c) throws SQLException {
        long count = stored.count(c);
        KeyIndex idx = new KeyIndex((int) Math.min(Integer.MAX_VALUE / 4, count));
        // A few rows a query: H2 holds a whole result in memory, which for one query over the table was every
        // stored hash a second time while the index was filled (decision 0027).
        try (PreparedStatement ps = c.prepareStatement("SELECT first_id, hashes FROM execution_key_hashes"
                + " WHERE first_id > ? ORDER BY first_id LIMIT " + LOAD_ROWS)) {
            long after = 0;
            for (int rows = LOAD_ROWS; rows == LOAD_ROWS; ) {
                ps.setLong(1, after);
                rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        after = rs.getLong(1);
                        ByteBuffer hashes = ByteBuffer.wrap(rs.getBytes(2));
                        for (int i = 0; hashes.remaining() >= Long.BYTES; i++) {
                            idx.add(hashes.getLong(), after + i);
                        }
                    }
                }
            }
        }
        if (idx.size() != count) {
            return rebuild(c);
        }
        return idx;
    }

    // Executions stored before hashes were kept (or a table changed by hand): hash every stored key again.
    private KeyIndex rebuild(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM execution_key_hashes");
            }
            KeyIndex idx = new KeyIndex((int) Math.min(Integer.MAX_VALUE / 4, stored.count(c)));
            stored.forEachRun(c, (firstId, keys) -> add(idx, firstId, write(c, firstId, hashes(keys))));
            c.commit();
            return idx;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static void add(KeyIndex idx, long firstId, long[] hashes) {
        for (int i = 0; i < hashes.length; i++) {
            idx.add(hashes[i], firstId + i);
        }
    }

    private static byte[] bytes(long[] hashes, int from, int to) {
        ByteBuffer buffer = ByteBuffer.allocate((to - from) * Long.BYTES);
        for (int i = from; i < to; i++) {
            buffer.putLong(hashes[i]);
        }
        return buffer.array();
    }
}
