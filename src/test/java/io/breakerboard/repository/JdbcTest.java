package io.breakerboard.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.store.Dialect;
import io.breakerboard.testsupport.H2;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JdbcTest {
    private static final String INSERT_EXPERIMENT = "INSERT INTO chaos_experiments (name, json, updated_at) VALUES (?, ?, ?)";
    private static final Instant T = Instant.parse("2026-03-01T10:00:00.123456Z");

    private final Jdbc jdbc = new Jdbc(H2.migrated("jdbc-" + UUID.randomUUID()), IllegalStateException::new);

    private List<String> names() {
        return jdbc.list("read the names", "SELECT name FROM chaos_experiments ORDER BY name", Jdbc.Binder.NONE,
                rs -> rs.getString(1));
    }

    private static Jdbc.Binder experiment(String name) {
        return ps -> {
            ps.setString(1, name);
            ps.setString(2, "{}");
            SqlValues.setInstant(ps, 3, T);
        };
    }

    @Test
    void aTransactionThatFailsHalfWayLeavesNothingAndSaysWhatCouldNotBeDone() {
        assertThatThrownBy(() -> jdbc.transaction("save two experiments", c -> {
            Jdbc.update(c, INSERT_EXPERIMENT, experiment("a"));
            return Jdbc.update(c, INSERT_EXPERIMENT, experiment("a"));
        })).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("could not save two experiments: ")
                .hasMessageEndingWith("; check that the database is open and its data directory writable");

        assertThat(names()).isEmpty();
        jdbc.update("save one experiment", INSERT_EXPERIMENT, experiment("b"));
        assertThat(names()).containsExactly("b");
    }

    @Test
    void aBatchBindsEachItemWithItsPositionAndCommitsWithItsTransaction() {
        jdbc.transaction("save three experiments", c -> {
            Jdbc.batch(c, INSERT_EXPERIMENT, List.of("x", "y", "z"), (ps, name, i) -> {
                ps.setString(1, i + "-" + name);
                ps.setString(2, "{}");
                SqlValues.setInstant(ps, 3, T);
            });
            return null;
        });

        assertThat(names()).containsExactly("0-x", "1-y", "2-z");
    }

    @Test
    void anInsertHasOneMarkPerColumnAndTheDialectIsTheDatabases() {
        assertThat(Jdbc.insert("lab_runs", "id, kind, seed")).isEqualTo("INSERT INTO lab_runs (id, kind, seed) VALUES (?, ?, ?)");
        assertThat(jdbc.call("ask the dialect", jdbc::dialect)).isEqualTo(Dialect.H2);
    }

    @Test
    void instantsNumbersAndTextComeBackAsTheyWereMeant() {
        jdbc.update("save a lab run", Jdbc.insert("lab_runs", "id, kind, seed, title, settings, created_at"), ps -> {
            ps.setString(1, "r");
            ps.setString(2, "PATTERNS");
            ps.setLong(3, 1);
            ps.setString(4, "t");
            ps.setString(5, "s");
            SqlValues.setUtcTimestamp(ps, 6, T);
        });
        assertThat(jdbc.list("read its time", "SELECT created_at FROM lab_runs", Jdbc.Binder.NONE,
                rs -> SqlValues.utcTimestamp(rs, 1))).containsExactly(T);
        jdbc.update("save a lab value", "INSERT INTO lab_run_values (run_id, position, row_label, metric, value_est,"
                + " value_low, value_high) VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, "r");
                    ps.setInt(2, 0);
                    SqlValues.setText(ps, 3, "a long row label", 6);
                    ps.setString(4, "m");
                    SqlValues.setNumber(ps, 5, 0.5);
                    SqlValues.setNumber(ps, 6, Double.NaN);
                    SqlValues.setNumber(ps, 7, Double.NaN);
                });
        assertThat(jdbc.list("read the lab value", "SELECT row_label, value_est, value_low FROM lab_run_values",
                Jdbc.Binder.NONE, rs -> List.of(rs.getString(1), SqlValues.number(rs, 2), SqlValues.number(rs, 3))))
                .containsExactly(List.of("a long", 0.5, Double.NaN));

        jdbc.update("save an experiment", INSERT_EXPERIMENT, experiment("t"));
        assertThat(jdbc.list("read its time", "SELECT updated_at FROM chaos_experiments", Jdbc.Binder.NONE,
                rs -> SqlValues.instant(rs, 1))).containsExactly(T);
    }
}
