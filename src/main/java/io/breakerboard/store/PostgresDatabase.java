package io.breakerboard.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A shared PostgreSQL server as the store (team mode, decision 0028): a connection pool and the schema brought
 * up to date by Flyway with {@link PostgresMigrations}. The password is read from {@code PGPASSWORD} when set,
 * otherwise the driver looks in {@code ~/.pgpass} (or {@code PGPASSFILE}); it is never written anywhere, and
 * messages name the server by its {@link StoreUrl}, which holds none.
 */
public final class PostgresDatabase implements StoreDatabase {
    private static final int POOL_SIZE = 6;

    private final StoreUrl url;
    private final Path dataDir;
    private final HikariDataSource pool;

    private PostgresDatabase(StoreUrl url, Path dataDir, HikariDataSource pool) {
        this.url = url;
        this.dataDir = dataDir;
        this.pool = pool;
    }

    /**
     * Connects to the server and migrates its schema; several processes may do so at once (Flyway takes a lock
     * in the database).
     *
     * @param password from the caller's environment, or null to let the driver read {@code ~/.pgpass}
     * @param dataDir  for local files only (the agent engine's audit log)
     * @throws StoreException naming the server (without password) and what went wrong
     */
    public static PostgresDatabase open(StoreUrl url, String password, Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config(url, password));
        } catch (RuntimeException e) {
            throw new StoreException("Cannot connect to the team store " + url + ": " + rootMessage(e)
                    + ". Check the address, that the server runs, and the password in PGPASSWORD or ~/.pgpass.", e);
        }
        try {
            PostgresMigrations migrations = new PostgresMigrations();
            Flyway.configure().dataSource(pool).resourceProvider(migrations).locations(
                    "classpath:" + PostgresMigrations.VARIANTS).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("Cannot bring the team store " + url + " up to date: " + rootMessage(e), e);
        }
        return new PostgresDatabase(url, dir, pool);
    }

    private static HikariConfig config(StoreUrl url, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("breakerboard-team-db");
        config.setJdbcUrl(url.jdbcUrl());
        if (!url.user().isEmpty()) {
            config.setUsername(url.user());
        }
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        // Fail at once when the server is down, instead of waiting the pool's default 30 s.
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("ApplicationName", "breakerboard");
        return config;
    }

    /**
     * True when the connection itself was lost (the server restarted or closed it: SQLSTATE class 08, or 57P01–03),
     * as opposed to a statement failing; the pool evicts such a connection, so a read may be asked again.
     */
    static boolean connectionLost(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            String state = x.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /** Closes the pool's idle connections and retires the lent ones when they come back. */
    static void dropConnections(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return StoreUrl.redact(String.valueOf(root.getMessage()));
    }

    /** The server, without password. */
    public StoreUrl url() {
        return url;
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public void close() {
        pool.close();
    }
}
