package io.breakerboard.repository;

import io.breakerboard.store.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * What every repository of this package does with JDBC, written once: a pooled connection per call, statements
 * bound by a lambda, rows read into lists, batches, transactions that commit whole or roll back, and a failure
 * turned into the repository's own exception saying what could not be done. The SQL itself stays written out in
 * each repository; values to and from columns are in {@link SqlValues}.
 */
final class Jdbc {
    private final DataSource dataSource;
    private final Failure failure;
    private volatile Dialect dialect;

    /** @param failure makes the repository's exception from a message naming what failed, and the cause */
    Jdbc(DataSource dataSource, Failure failure) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /** Runs {@code work} on one connection; {@code what} completes "could not …" in the failure's message. */
    <T> T call(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure.of("could not " + what + ": " + e.getMessage()
                    + "; check that the database is open and its data directory writable", e);
        }
    }

    /** Runs {@code work} in one transaction: everything it wrote is committed, or nothing when it throws. */
    <T> T transaction(String what, Work<T> work) {
        return call(what, c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    // The first failure says what went wrong; a failed rollback (a broken connection) is kept beside it.
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        });
    }

    /** One statement on a connection of its own; the count of rows it changed. */
    int update(String what, String sql, Binder binder) {
        return call(what, c -> update(c, sql, binder));
    }

    /** One query on a connection of its own; every row it returns, read by {@code row}. */
    <T> List<T> list(String what, String sql, Binder binder, Row<T> row) {
        return call(what, c -> list(c, sql, binder, row));
    }

    /** The dialect of the database behind the data source, asked once. */
    Dialect dialect(Connection c) throws SQLException {
        Dialect d = dialect;
        if (d == null) {
            d = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()) ? Dialect.POSTGRESQL : Dialect.H2;
            dialect = d;
        }
        return d;
    }

    static int update(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        }
    }

    static <T> List<T> list(Connection c, String sql, Binder binder, Row<T> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        }
    }

    /** Runs {@code sql} once for each item, in one batch; the binder gets each item with its position in the list. */
    static <T> void batch(Connection c, String sql, List<T> items, ItemBinder<T> binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < items.size(); i++) {
                binder.bind(ps, items.get(i), i);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** {@code INSERT INTO table (columns) VALUES (?, …)}. */
    static String insert(String table, String columns) {
        int count = columns.split(",").length;
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    /** Makes a repository's exception from a message and its cause. */
    @FunctionalInterface
    interface Failure {
        RuntimeException of(String message, SQLException cause);
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    interface Binder {
        Binder NONE = ps -> { };

        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface ItemBinder<T> {
        void bind(PreparedStatement ps, T item, int position) throws SQLException;
    }
}
