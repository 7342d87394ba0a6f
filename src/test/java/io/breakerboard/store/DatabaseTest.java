package io.breakerboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyDirectoryToTheCoreSchema() throws SQLException {
        Path dataDir = dir.resolve("fresh/data");
        try (Database db = Database.open(dataDir)) {
            assertThat(tables(db)).contains("EXECUTIONS", "STEPS", "QUARANTINE", "ROLLUP_DAYS", "ROLLUP_CHECKPOINT", "EXECUTION_KEY_HASHES");
            assertThat(appliedVersions(db)).startsWith("1").doesNotHaveDuplicates();
        }
        assertThat(dataDir.resolve("breakerboard.mv.db")).exists();
    }

    @Test
    void knowsTheNewestMigrationItShips() throws Exception {
        int newest = 0;
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("V(\\d+)__.*\\.sql").matcher(f.getFileName().toString());
                if (m.matches()) {
                    newest = Math.max(newest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(Integer.toString(newest));
        try (Database db = Database.open(dir)) {
            assertThat(appliedVersions(db)).last().isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @Test
    void reopensWhatItClosed() throws SQLException {
        List<String> versions;
        try (Database db = Database.open(dir)) {
            versions = appliedVersions(db);
            execute(db, "INSERT INTO quarantine (source, line, reason, raw, at) VALUES ('a.log', 3, 'bad', 'x', CURRENT_TIMESTAMP)");
        }
        try (Database db = Database.open(dir)) {
            assertThat(appliedVersions(db)).isEqualTo(versions);
            try (Connection c = db.connection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM quarantine")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void aSecondProcessIsToldTheDirectoryIsInUse() throws Exception {
        try (Database ignored = Database.open(dir)) {
            String output = runInOtherProcess(LockProbe.class, dir.toString());
            assertThat(output)
                    .contains("The data directory " + dir.toAbsolutePath() + " is in use by another Breakerboard process")
                    .contains("breakerboard.mv.db")
                    .contains("--data-dir");
        }
    }

    @Test
    void anUncreatableDirectoryIsNamed() throws IOException {
        Path file = java.nio.file.Files.writeString(dir.resolve("plain-file"), "x");
        assertThatThrownBy(() -> Database.open(file.resolve("sub")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot create the data directory " + file.resolve("sub"))
                .hasMessageContaining("--data-dir");
    }

    /** Opens a data directory in a separate JVM and prints what happened. */
    public static final class LockProbe {
        public static void main(String[] args) {
            try (Database db = Database.open(Path.of(args[0]))) {
                System.out.println("opened");
            } catch (DataDirectoryInUseException e) {
                System.out.println(e.getMessage());
            }
        }
    }

    private static String runInOtherProcess(Class<?> main, String arg) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", classPath, main.getName(), arg)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static List<String> tables(Database db) throws SQLException {
        return strings(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'");
    }

    private static List<String> appliedVersions(Database db) throws SQLException {
        return strings(db, "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
    }

    private static List<String> strings(Database db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void execute(Database db, String sql) throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
