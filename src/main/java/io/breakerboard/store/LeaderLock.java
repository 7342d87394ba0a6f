package io.breakerboard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A lock one process of a team store holds for work that must be done once per team (judging the alert rules):
 * a PostgreSQL session advisory lock on a connection kept for it. The server releases it when that session ends,
 * so when the holder stops, crashes or loses its connection, another process gets it at its next
 * {@link #tryHold()}. Not thread-safe: one thread asks.
 */
public final class LeaderLock implements AutoCloseable {
    private static final int VALID_SECONDS = 2;

    private final DataSource dataSource;
    private final long key;
    private Connection holding;

    LeaderLock(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.key = KeyHash.of("breakerboard-leader:" + name);
    }

    /**
     * Takes the lock unless another process holds it, or checks that this process still does.
     *
     * @return true while this process holds it
     */
    public boolean tryHold() {
        if (holding != null) {
            if (isValid(holding)) {
                return true;
            }
            release();
        }
        Connection c = null;
        try {
            c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        holding = c;
                        return true;
                    }
                }
            }
            c.close();
            return false;
        } catch (SQLException e) {
            closeQuietly(c);
            return false;
        }
    }

    /** Whether this process held the lock at its last {@link #tryHold()}. */
    public boolean held() {
        return holding != null;
    }

    private static boolean isValid(Connection c) {
        try {
            return c.isValid(VALID_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Lets the lock go, so another process may take it at once. */
    public void release() {
        Connection c = holding;
        holding = null;
        if (c == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        } catch (SQLException ignored) {
            // the session is gone, and with it the lock
        }
        closeQuietly(c);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        release();
    }
}
