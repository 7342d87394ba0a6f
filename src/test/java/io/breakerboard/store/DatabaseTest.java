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
    void pageCacheIsASixteenthOfTheHeapWithinBounds() {
        long mb = 1_024 * 1_024;
        assertThat(Database.cacheKilobytes(256 * mb)).as("a 256 MB heap").isEqualTo(16 * 1_024);
        assertThat(Database.cacheKilobytes(6_000 * mb)).as("a large default heap").isEqualTo(64 * 1_024);
        assertThat(Database.cacheKilobytes(32 * mb)).as("a tiny heap").isEqualTo(4 * 1_024);
    }

    @Test
    void migratesAnEmptyDirectoryToTheCoreSchema() throws SQLException {
        Path dataDir = dir.resolve("fresh/data");
        try (Database db = Database.open(dataDir)) {
            assertThat(tables(db)).contains("EXECUTIONS", "STEPS", "QUARANTINE", "ROLLUP_DAYS", "ROLLUP_CHECKPOINT",
                    "EXECUTION_KEY_HASHES", "EXECUTION_BLOCKS", "ROLLUP_DAY_TOTALS");
            assertThat(strings(db, "SELECT \"type\" || ' ' || \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"))
                    .as("created from the scripts in one go and recorded as a baseline").containsExactly("BASELINE " + Database.SCHEMA_VERSION);
        }
        assertThat(dataDir.resolve("breakerboard.mv.db")).exists();
    }

    @Test
    void flywayTakesOverADatabaseCreatedWithoutIt() throws SQLException {
        try (Database ignored = Database.open(dir)) {
            // created
        }
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve(Database.FILE_NAME));
        h2.setUser("sa");
        var result = org.flywaydb.core.Flyway.configure().dataSource(h2)
                .locations("classpath:db/migration", "classpath:db/laterschema").load().migrate();

        assertThat(result.migrationsExecuted).as("only the migration newer than the baseline").isEqualTo(1);
        try (Database db = Database.open(dir)) {
            assertThat(tables(db)).contains("PROBE", "EXECUTIONS");
        }
    }

    @Test
    void aCreationCutShortIsDoneAgainAndADatabaseWithDataIsLeftToFlyway() throws SQLException {
        java.nio.file.Path cut = dir.resolve("cut");
        java.nio.file.Path data = dir.resolve("data");
        for (java.nio.file.Path d : List.of(cut, data)) {
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + d.toAbsolutePath().resolve(Database.FILE_NAME), "sa", "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE executions (id BIGINT PRIMARY KEY)");
                if (d == data) {
                    s.execute("INSERT INTO executions VALUES (1)");
                }
            }
        }

        try (Database db = Database.open(cut)) {
            assertThat(tables(db)).contains("EXECUTION_BLOCKS", "flyway_schema_history");
        }
        assertThatThrownBy(() -> Database.open(data)).isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot bring the database in " + data.toAbsolutePath());
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
    void opensADatabaseThatFlywayCreated() throws SQLException {
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve(Database.FILE_NAME));
        h2.setUser("sa");
        org.flywaydb.core.Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

        try (Database db = Database.open(dir)) {
            assertThat(appliedVersions(db)).startsWith("1").endsWith(Database.SCHEMA_VERSION).doesNotHaveDuplicates();
            assertThat(tables(db)).contains("EXECUTION_BLOCKS");
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
