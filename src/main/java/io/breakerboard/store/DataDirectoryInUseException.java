package io.breakerboard.store;

import java.nio.file.Path;

/** Another process holds the database of a data directory open. */
public final class DataDirectoryInUseException extends StoreException {
    private final Path dataDir;

    DataDirectoryInUseException(Path dataDir, Path lockFile, Throwable cause) {
        super("The data directory " + dataDir + " is in use by another Breakerboard process (lock file " + lockFile
                + "). Close it, or choose another with --data-dir.", cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
