package io.breakerboard.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gives a new, empty database its schema from the bundled migrations in one go, and records it in Flyway's
 * history table as a baseline at the newest version, as Flyway's own {@code baseline} would: Flyway then applies
 * only migrations newer than that. Starting Flyway cost more than everything else of creating a data directory
 * (see {@code docs/decisions/0022-new-data-directory-without-flyway.md}). The history is written last, so a
 * database without it and without any row is one whose creation was cut short, and is created again.
 */
final class NewSchema {
    private static final String LOCATION = "db/migration";
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__[^/]*\\.sql");
    private static final String HISTORY = "\"flyway_schema_history\"";

    private NewSchema() {
    }

    /**
     * Creates the schema when the database has no migration history and holds no data.
     *
     * @return false when the database already has a history (or data, or the bundled scripts cannot be listed);
     *         Flyway then decides
     */
    static boolean createIfNew(Connection c, String newestVersion) throws SQLException {
        if (hasHistory(c) || !emptyTables(c)) {
            return false;
        }
        List<String> scripts = bundledScripts();
        if (scripts.isEmpty() || !version(scripts.get(scripts.size() - 1)).equals(newestVersion)) {
            return false;
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP ALL OBJECTS"); // the empty tables of a creation cut short, if any
            for (String script : scripts) {
                s.execute("RUNSCRIPT FROM 'classpath:" + LOCATION + "/" + script + "'");
            }
            // The table as Flyway 11 creates it for H2, with the rows its baseline command writes.
            s.execute("CREATE TABLE " + HISTORY + " (\"installed_rank\" INTEGER NOT NULL,"
                    + " \"version\" CHARACTER VARYING(50), \"description\" CHARACTER VARYING(200) NOT NULL,"
                    + " \"type\" CHARACTER VARYING(20) NOT NULL, \"script\" CHARACTER VARYING(1000) NOT NULL,"
                    + " \"checksum\" INTEGER, \"installed_by\" CHARACTER VARYING(100) NOT NULL,"
                    + " \"installed_on\" TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,"
                    + " \"execution_time\" INTEGER NOT NULL, \"success\" BOOLEAN NOT NULL,"
                    + " CONSTRAINT \"flyway_schema_history_pk\" PRIMARY KEY (\"installed_rank\"))");
            s.execute("CREATE INDEX \"flyway_schema_history_s_idx\" ON " + HISTORY + " (\"success\")");
            s.execute("INSERT INTO " + HISTORY + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\","
                    + " \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES"
                    + " (-1, NULL, '<< Flyway Schema History table created >>', 'TABLE', '', NULL, CURRENT_USER, 0, TRUE),"
                    + " (1, '" + newestVersion + "', '<< Flyway Baseline >>', 'BASELINE', '<< Flyway Baseline >>', NULL,"
                    + " CURRENT_USER, 0, TRUE)");
        }
        return true;
    }

    /** The bundled migration scripts, oldest version first; empty when they cannot be listed. */
    static List<String> bundledScripts() {
        return scriptsIn(LOCATION);
    }

    /** The versioned migration scripts directly in the class-path folder {@code folder}, oldest version first. */
    static List<String> scriptsIn(String folder) {
        URL location = NewSchema.class.getClassLoader().getResource(folder);
        if (location == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try {
            if ("jar".equals(location.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) location.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                        String name = entry.getName();
                        if (name.startsWith(folder + "/") && name.indexOf('/', folder.length() + 1) < 0) {
                            names.add(name.substring(folder.length() + 1));
                        }
                    }
                }
            } else if ("file".equals(location.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
                    files.forEach(f -> names.add(f.getFileName().toString()));
                }
            } else {
                return List.of();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return List.of();
        }
        names.removeIf(n -> !SCRIPT.matcher(n).matches());
        names.sort(Comparator.comparingLong(n -> Long.parseLong(version(n))));
        return names;
    }

    static String version(String script) {
        Matcher m = SCRIPT.matcher(script);
        if (!m.matches()) {
            throw new IllegalArgumentException(script + " is not a versioned migration");
        }
        return Long.toString(Long.parseLong(m.group(1)));
    }

    private static boolean hasHistory(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private static boolean emptyTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT 1 FROM \"" + table.replace("\"", "\"\"") + "\" LIMIT 1")) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        return true;
    }
}
