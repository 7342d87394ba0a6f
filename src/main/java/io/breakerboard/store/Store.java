package io.breakerboard.store;

import java.nio.file.Path;
import java.time.Clock;

/** The database of a data directory with its repositories. Closing it closes the database. */
public record Store(Database database, ExecutionRepository executions, QuarantineRepository quarantine,
                    RollupRepository rollups) implements AutoCloseable {

    /** Opens the data directory's database (see {@link Database#open}) and its repositories. */
    public static Store open(Path dataDir, Clock clock) {
        Database db = Database.open(dataDir);
        return new Store(db, new ExecutionRepository(db.dataSource(), clock),
                new QuarantineRepository(db.dataSource(), clock), new RollupRepository(db.dataSource(), clock));
    }

    @Override
    public void close() {
        database.close();
    }
}
