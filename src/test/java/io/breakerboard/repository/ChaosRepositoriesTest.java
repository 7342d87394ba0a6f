package io.breakerboard.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.chaos.ExperimentStatus;
import io.breakerboard.chaos.ReportPhase;
import io.breakerboard.chaos.ReportRow;
import io.breakerboard.testsupport.ExperimentReports;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChaosRepositoriesTest {
    private static final Instant T = Instant.parse("2026-03-02T09:00:00.123456789Z");

    private JdbcDataSource dataSource;

    @BeforeEach
    void migrate() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:chaos-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @Test
    void aReportComesBackExactlyAsSavedAndTheNewestComesFirst() {
        JdbcReportRepository repo = new JdbcReportRepository(dataSource);
        ExperimentReport older = ExperimentReports.sample("run-1", T, ExperimentStatus.PASSED);
        ExperimentReport newer = ExperimentReports.sample("run-2", T.plusSeconds(3600), ExperimentStatus.DEVIATED);

        repo.save(older);
        repo.save(newer);

        assertThat(repo.find("run-1")).contains(older);
        assertThat(repo.find("missing")).isEmpty();
        assertThat(repo.recent(10)).containsExactly(newer, older);
        assertThat(repo.recent(1)).containsExactly(newer);
    }

    @Test
    void manyRowsKeepTheirOrder() {
        JdbcReportRepository repo = new JdbcReportRepository(dataSource);
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new ReportRow(ReportPhase.values()[i % 5], "check " + i, "", "", i % 3 == 0, ""));
        }
        ExperimentReport r = new ExperimentReport("run-big", "x", 1, ExperimentStatus.FAILED, T, T, "", rows);
        repo.save(r);
        assertThat(repo.find("run-big").orElseThrow().rows()).isEqualTo(rows);
    }

    @Test
    void savedExperimentsAreKeptAsWrittenReplacedByNameAndDeleted() {
        JdbcExperimentRepository repo = new JdbcExperimentRepository(dataSource);
        repo.save("b", "{\"name\": \"b\"}", T);
        repo.save("a", "{\"name\": \"a\"}", T);
        repo.save("b", "{\"name\": \"b\", \"seed\": 2}", T.plusSeconds(1));

        assertThat(repo.all()).containsExactly(java.util.Map.entry("a", "{\"name\": \"a\"}"),
                java.util.Map.entry("b", "{\"name\": \"b\", \"seed\": 2}"));
        assertThat(repo.delete("a")).isTrue();
        assertThat(repo.delete("a")).isFalse();
        assertThat(repo.all()).containsOnlyKeys("b");
    }
}
