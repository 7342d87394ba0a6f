package io.breakerboard.cli;

import io.breakerboard.service.DataDirectory;
import io.breakerboard.service.StoreLocation;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --data-dir DIR} and {@code --database postgresql://…}, shared by every command that opens the store.
 */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory holding the database (default: ${DEFAULT-VALUE}).")
    private Path dataDir = DataDirectory.defaultPath();

    @Option(names = "--database", paramLabel = "URL",
            description = "A shared PostgreSQL store (team mode): postgresql://user@host:5432/db[?sslmode=require]."
                    + " The password comes from PGPASSWORD or ~/.pgpass, never from the address.")
    private String database;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    public Path dataDir() {
        return dataDir;
    }

    /** The store to open: the team store when {@code --database} is given, else the data directory's. */
    public StoreLocation location() {
        try {
            return StoreLocation.of(dataDir, database);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
