package io.breakerboard.cli;

import io.breakerboard.service.DataDirectory;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data-dir DIR}, shared by every command that opens the database. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory holding the database (default: ${DEFAULT-VALUE}).")
    private Path dataDir = DataDirectory.defaultPath();

    public Path dataDir() {
        return dataDir;
    }
}
