package io.breakerboard.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The store with its repositories: the embedded H2 database of a data directory, or a shared PostgreSQL server
 * (team mode), behind the same types. Closing it closes the database.
 *
 * @param shared the changes of other processes, for a store several processes write at once; null for the
 *               embedded store, which one process holds
 */
public record Store(StoreDatabase database, ExecutionStore executions, QuarantineRepository quarantine,
                    RollupRepository rollups, SharedChanges shared) implements AutoCloseable {

    /** Opens the data directory's database (see {@link Database#open}) and its repositories. */
    public static Store open(Path dataDir, Clock clock) {
        Database db = Database.open(dataDir);
        return new Store(db, new ExecutionRepository(db.dataSource(), clock),
                new QuarantineRepository(db.dataSource(), clock), new RollupRepository(db.dataSource(), clock), null);
    }

    /**
     * Opens the team store at {@code url} when it is given, else the data directory's database. The password
     * comes from the environment's {@code PGPASSWORD}, else the driver reads {@code ~/.pgpass}.
     *
     * @param dataDir the data directory: the database without {@code url}, local files only with it
     */
    public static Store open(Path dataDir, StoreUrl url, Clock clock) {
        if (url == null) {
            return open(dataDir, clock);
        }
        PostgresDatabase db = PostgresDatabase.open(url, System.getenv("PGPASSWORD"), dataDir);
        RollupRepository rollups = new RollupRepository(db.dataSource(), clock, Dialect.POSTGRESQL);
        PostgresExecutions executions = new PostgresExecutions(db.dataSource(), clock, rollups);
        return new Store(db, executions, new QuarantineRepository(db.dataSource(), clock), rollups, executions);
    }

    /** Whether other processes may write this store at the same time. */
    public boolean isShared() {
        return shared != null;
    }

    @Override
    public void close() {
        database.close();
    }
}
