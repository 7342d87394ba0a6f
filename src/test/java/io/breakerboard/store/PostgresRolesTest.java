package io.breakerboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.testsupport.Executions;
import io.breakerboard.testsupport.TeamPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roles docs/team-mode.md tells an administrator to create do what it says. */
class PostgresRolesTest {
    @TempDir
    Path dir;

    @Test
    void theDocumentedRolesLetOwnersMigrateWritersWriteAndViewersOnlyRead() throws Exception {
        String server = TeamPostgres.newDatabase();
        int port = StoreUrl.parse(server).port();
        String doc = Files.readString(Path.of("docs/team-mode.md"));
        String sql = doc.substring(doc.indexOf("```sql") + 6, doc.indexOf("```", doc.indexOf("```sql") + 6));
        String[] parts = sql.split("\\\\c fleet");
        run("jdbc:postgresql://localhost:" + port + "/postgres", parts[0]);
        run("jdbc:postgresql://localhost:" + port + "/fleet", parts[1]);

        try (Store owner = open("breakerboard_owner", port)) {
            owner.executions().insertNew(List.of(Executions.simple("by-owner", "a", Executions.T0)));
        }
        try (Store writer = open("breakerboard_writer", port)) {
            assertThat(writer.shared().mayWrite("alert_transitions")).isTrue();
            writer.executions().insertNew(List.of(Executions.simple("by-writer", "a", Executions.T0.plusSeconds(1))));
            writer.shared().saveRollups(mark -> new SharedChanges.RollupSave(List.of(), List.of()));
        }
        try (Store viewer = open("breakerboard_viewer", port)) {
            assertThat(viewer.shared().mayWrite("alert_transitions")).isFalse();
            assertThat(viewer.executions().find(MetricsFilter.all(), false, 10)).hasSize(2);
            assertThat(viewer.shared().savedRollups().mark()).isEqualTo(2);
            assertThatThrownBy(() -> viewer.executions().insertNew(List.of(Executions.simple("by-viewer", "a",
                    Executions.T0)))).isInstanceOf(StoreException.class).hasMessageContaining("permission denied");
        }
    }

    private Store open(String role, int port) {
        return Store.open(dir.resolve(role), StoreUrl.parse("postgresql://" + role + "@localhost:" + port + "/fleet"),
                Clock.systemUTC());
    }

    private static void run(String url, String script) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            for (String statement : script.replaceAll("--[^\\n]*", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }
}
