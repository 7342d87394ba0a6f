package io.breakerboard.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The database behind a {@link Store}: the embedded H2 file of a data directory ({@link Database}) or a shared
 * PostgreSQL server ({@link PostgresDatabase}). Callers see connections and the local data directory, never
 * which one it is.
 */
public interface StoreDatabase extends AutoCloseable {
    DataSource dataSource();

    /** A pooled connection; the caller closes it. */
    Connection connection() throws SQLException;

    /** The local data directory: the H2 file, or with a shared store only local files (audit logs). */
    Path dataDir();

    /** The dialect of the SQL that differs between the two. */
    Dialect dialect();

    @Override
    void close();
}
