package io.breakerboard.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The embedded H2 database of one data directory: a small connection pool and the schema migrations.
 * No TCP server is started; H2 locks the database file, so a second process gets a
 * {@link DataDirectoryInUseException} instead of a corrupted file.
 */
public final class Database implements StoreDatabase {
    /** Base name of the database file inside the data directory ({@code breakerboard.mv.db}). */
    public static final String FILE_NAME = "breakerboard";
    /**
     * The version of the newest migration in {@code db/migration}; a test keeps the two in step. A database already
     * at this version opens without Flyway, whose start-up took about half of opening a filled data directory.
     */
    static final String SCHEMA_VERSION = "15";
    private static final int POOL_SIZE = 4;
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final String USER = "sa";

    private final Path dataDir;
    private final HikariDataSource pool;

    private Database(Path dataDir, HikariDataSource pool) {
        this.dataDir = dataDir;
        this.pool = pool;
    }

    /** {@code ~/.breakerboard}. */
    public static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".breakerboard");
    }

    /**
     * Opens (creating when needed) the database in {@code dataDir} and brings its schema up to date.
     *
     * @throws DataDirectoryInUseException when another process has it open
     * @throws StoreException              when the directory cannot be created or the database not opened
     */
    public static Database open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data directory " + dir + ": " + e.getMessage()
                    + ". Choose another with --data-dir.", e);
        }
        String url = url(dir);
        HikariDataSource pool;
        // A plain first connection fails at once when another process holds the file; the pool would retry. It
        // holds the file while a new database gets its schema.
        try (Connection first = DriverManager.getConnection(url, USER, "")) {
            createSchemaIfNew(dir, first);
            pool = new HikariDataSource(config(url));
        } catch (SQLException | RuntimeException e) {
            throw e instanceof StoreException store ? store : translate(dir, e);
        }
        try {
            if (!upToDate(pool)) {
                Flyway.configure().dataSource(pool).locations("classpath:db/migration").failOnMissingLocations(true)
                        .load().migrate();
            }
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("Cannot bring the database in " + dir + " up to date: " + e.getMessage(), e);
        }
        return new Database(dir, pool);
    }

    private static void createSchemaIfNew(Path dir, Connection c) {
        try {
            NewSchema.createIfNew(c, SCHEMA_VERSION);
        } catch (SQLException e) {
            throw new StoreException("Cannot create the tables of the new database in " + dir + ": " + e.getMessage()
                    + ". Delete " + dir.resolve(FILE_NAME + ".mv.db") + " (it holds no data yet) and start again.", e);
        }
    }

    // Every migration applied, the last one being the newest this build has, and none failed. Flyway would also
    // check that applied scripts were not edited since; the full check still runs whenever a migration is due.
    private static boolean upToDate(DataSource pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            String last = null;
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                last = rs.getString(1);
            }
            return SCHEMA_VERSION.equals(last);
        } catch (SQLException e) {
            return false;
        }
    }

    // The process closes the database itself (close()), so H2's own shutdown hook stays off.
    private static String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve(FILE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE="
                + cacheKilobytes(Runtime.getRuntime().maxMemory());
    }

    /**
     * H2's page cache for a heap of {@code maxHeap} bytes: a sixteenth of it, from 4 to 64 MB. Executions are
     * written a block of thousands per row and read a block at a time (decision 0021), so a larger cache bought
     * no speed, while a fixed 128 MB was half of a 256 MB heap (decision 0025).
     */
    static int cacheKilobytes(long maxHeap) {
        long kilobytes = maxHeap / 16 / 1_024;
        return (int) Math.max(4 * 1_024, Math.min(64 * 1_024, kilobytes));
    }

    private static HikariConfig config(String url) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("breakerboard-db");
        config.setJdbcUrl(url);
        config.setUsername(USER);
        config.setPassword("");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        return config;
    }

    private static StoreException translate(Path dir, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return new DataDirectoryInUseException(dir, dir.resolve(FILE_NAME + ".mv.db"), e);
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new StoreException("Cannot open the database in " + dir + ": " + root.getMessage(), e);
    }

    // After SHUTDOWN the connection is already closed underneath the pool's proxy, which then fails to reset it.
    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the database is closed, which is what was asked for
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    /** A pooled connection; the caller closes it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public Dialect dialect() {
        return Dialect.H2;
    }

    /** Writes everything to the file and releases it, so another process may open the directory. */
    @Override
    public void close() {
        if (pool.isClosed()) {
            return;
        }
        try {
            Connection c = pool.getConnection();
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } finally {
                closeQuietly(c);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not close the database in " + dataDir + " cleanly: " + e.getMessage(), e);
        } finally {
            pool.close();
        }
    }
}
