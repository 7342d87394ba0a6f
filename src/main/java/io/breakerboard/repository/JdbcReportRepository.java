package io.breakerboard.repository;

import io.breakerboard.chaos.ChaosStoreException;
import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.chaos.ExperimentStatus;
import io.breakerboard.chaos.ReportPhase;
import io.breakerboard.chaos.ReportRepository;
import io.breakerboard.chaos.ReportRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Experiment reports in tables {@code chaos_reports} and {@code chaos_report_rows} of migration {@code V4__chaos.sql}. */
public final class JdbcReportRepository implements ReportRepository {
    private static final String REPORT_COLUMNS = "id, experiment, seed, status, started_at, ended_at, summary";
    private static final String ROW_COLUMNS = "report_id, position, phase, action, expected, actual, deviated, fix";
    private static final String SELECT_ROWS = "SELECT " + ROW_COLUMNS
            + " FROM chaos_report_rows WHERE report_id = ? ORDER BY position";

    private final Jdbc jdbc;

    public JdbcReportRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource, ChaosStoreException::new);
    }

    @Override
    public void save(ExperimentReport r) {
        jdbc.transaction("save the report of experiment '" + r.experiment() + "'", c -> {
            Jdbc.update(c, Jdbc.insert("chaos_reports", REPORT_COLUMNS), ps -> {
                ps.setString(1, r.id());
                ps.setString(2, r.experiment());
                ps.setLong(3, r.seed());
                ps.setString(4, r.status().name());
                SqlValues.setInstant(ps, 5, r.startedAt());
                SqlValues.setInstant(ps, 6, r.endedAt());
                ps.setString(7, r.summary());
            });
            Jdbc.batch(c, Jdbc.insert("chaos_report_rows", ROW_COLUMNS), r.rows(), (ps, row, i) -> {
                ps.setString(1, r.id());
                ps.setInt(2, i);
                ps.setString(3, row.phase().name());
                ps.setString(4, row.action());
                ps.setString(5, row.expected());
                ps.setString(6, row.actual());
                ps.setBoolean(7, row.deviated());
                ps.setString(8, row.fix());
            });
            return null;
        });
    }

    @Override
    public List<ExperimentReport> recent(int limit) {
        return read("read the recent experiment reports", "SELECT " + REPORT_COLUMNS
                + " FROM chaos_reports ORDER BY started_at DESC, id FETCH FIRST ? ROWS ONLY", ps -> ps.setInt(1, limit));
    }

    @Override
    public Optional<ExperimentReport> find(String id) {
        return read("read experiment report " + id, "SELECT " + REPORT_COLUMNS + " FROM chaos_reports WHERE id = ?",
                ps -> ps.setString(1, id)).stream().findFirst();
    }

    // The heads first, then each report's rows, on one connection.
    private List<ExperimentReport> read(String what, String sql, Jdbc.Binder binder) {
        return jdbc.call(what, c -> {
            List<ExperimentReport> out = new ArrayList<>();
            for (ExperimentReport head : Jdbc.list(c, sql, binder, JdbcReportRepository::head)) {
                List<ReportRow> rows = Jdbc.list(c, SELECT_ROWS, ps -> ps.setString(1, head.id()),
                        rs -> new ReportRow(ReportPhase.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getBoolean(7), rs.getString(8)));
                out.add(new ExperimentReport(head.id(), head.experiment(), head.seed(), head.status(), head.startedAt(),
                        head.endedAt(), head.summary(), rows));
            }
            return out;
        });
    }

    private static ExperimentReport head(ResultSet rs) throws SQLException {
        return new ExperimentReport(rs.getString(1), rs.getString(2), rs.getLong(3),
                ExperimentStatus.valueOf(rs.getString(4)), SqlValues.instant(rs, 5), SqlValues.instant(rs, 6),
                rs.getString(7), List.of());
    }
}
