package io.breakerboard.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.lab.Interval;
import io.breakerboard.lab.LabItem;
import io.breakerboard.lab.LabKind;
import io.breakerboard.lab.LabMetric;
import io.breakerboard.lab.LabRun;
import io.breakerboard.lab.LabValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcLabRunRepositoryTest {
    private JdbcDataSource dataSource;

    @BeforeEach
    void migrate() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:lab-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    static LabRun run(String id, Instant at) {
        return new LabRun(id, LabKind.PATTERNS, 7, "Pattern benchmark: 2 patterns × 50 invoice tasks",
                "50 invoice tasks, seed 7", at, List.of(
                new LabValue("sequential", LabMetric.SUCCESS.key(), new Interval(0.92, 0.812, 0.968)),
                new LabValue("sequential", LabMetric.P95_LATENCY.key(), Interval.exact(22.63)),
                new LabValue("voting", LabMetric.SUCCESS.key(), new Interval(0.84, 0.715, 0.917)),
                new LabValue("voting", LabMetric.failures("WRONG_ANSWER"), Interval.exact(8))));
    }

    @Test
    void aRunComesBackExactlyAsSavedNewestFirstIntervalsAndTheirAbsenceIncluded() {
        JdbcLabRunRepository repo = new JdbcLabRunRepository(dataSource);
        LabRun older = run("run-1", Instant.parse("2026-03-01T10:00:00.123Z"));
        LabRun newer = run("run-2", Instant.parse("2026-03-01T11:00:00Z"));

        repo.save(older);
        repo.save(newer);

        assertThat(repo.find("run-1")).contains(older);
        assertThat(repo.find("missing")).isEmpty();
        assertThat(repo.recent(10)).containsExactly(newer, older);
        assertThat(repo.find("run-2").orElseThrow().value("sequential", LabMetric.P95_LATENCY.key()).orElseThrow()
                .hasRange()).isFalse();
    }

    @Test
    void aReplaysSavedLostAndNotReplayableExecutionsComeBackInOrderWithTheirReasons() {
        JdbcLabRunRepository repo = new JdbcLabRunRepository(dataSource);
        LabRun replay = new LabRun("run-r", LabKind.REPLAY, 3, "What-if replay of 2 recorded executions",
                "tool-down on search", Instant.parse("2026-03-01T12:00:00Z"),
                List.of(new LabValue("Replayed", LabMetric.LOST.key(), Interval.exact(1)),
                        new LabValue("Replayed", LabMetric.BREAKER_OPENINGS.key(), Interval.exact(Double.NaN))),
                List.of(new LabItem(LabItem.LOST, "exec-7", "support-bot", "tool search failed: connection refused"),
                        new LabItem(LabItem.NOT_REPLAYABLE, "exec-9", "support-bot", "no recorded steps")));

        repo.save(replay);

        assertThat(repo.find("run-r")).contains(replay);
        assertThat(repo.find("run-1")).isEmpty();
    }
}
