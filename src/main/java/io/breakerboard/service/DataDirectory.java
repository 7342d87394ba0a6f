package io.breakerboard.service;

import io.breakerboard.store.Database;
import io.breakerboard.store.StoreException;
import java.nio.file.Path;

/**
 * The data directory as the command line names it: where it is unless told otherwise, and whether a failure is
 * the store's (a directory in use, unwritable or not a database), which the user fixes, rather than a bug.
 * The command line asks here so that it never reaches into {@code store} itself.
 */
public final class DataDirectory {
    private DataDirectory() {
    }

    /** {@code ~/.breakerboard}: where the database lives when no directory is given. */
    public static Path defaultPath() {
        return Database.defaultDataDir();
    }

    /** Whether {@code failure} came from the store: its message names the directory or record and says why. */
    public static boolean isStoreFailure(Throwable failure) {
        return failure instanceof StoreException;
    }
}
