package io.breakerboard.service;

import io.breakerboard.store.Store;
import io.breakerboard.store.StoreUrl;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Where the store is: the data directory's own database, or a shared PostgreSQL server named by
 * {@code --database postgresql://user@host:5432/db} (team mode), with the data directory then holding only local
 * files. The address never holds a password ({@link StoreUrl}).
 *
 * @param dataDir  the data directory
 * @param database the team store, or null for the data directory's database
 */
public record StoreLocation(Path dataDir, StoreUrl database) {

    /** The data directory's own database. */
    public static StoreLocation of(Path dataDir) {
        return new StoreLocation(dataDir, null);
    }

    /**
     * The team store at {@code database} when it is given (not null or blank), else the data directory's.
     *
     * @throws IllegalArgumentException when the address is not a PostgreSQL address or holds a password
     */
    public static StoreLocation of(Path dataDir, String database) {
        return database == null || database.isBlank() ? of(dataDir) : new StoreLocation(dataDir, StoreUrl.parse(database));
    }

    /** The team store's address, when there is one. */
    public Optional<StoreUrl> team() {
        return Optional.ofNullable(database);
    }

    Store open(Clock clock) {
        return Store.open(dataDir, database, clock);
    }

    /** The data directory, or the team store's address (without password), for messages. */
    @Override
    public String toString() {
        return database == null ? dataDir.toString() : database.toString();
    }
}
