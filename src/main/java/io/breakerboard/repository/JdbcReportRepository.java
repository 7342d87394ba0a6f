package io.breakerboard.repository;

import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.chaos.ExperimentStatus;
import io.breakerboard.chaos.ReportPhase;
import io.breakerboard.chaos.ReportRepository;
import io.breakerboard.chaos.ReportRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** Experiment reports in tables {@code chaos_reports} and {@code chaos_report_rows} of migration {@code V4__chaos.sql}. */
public final class JdbcReportRepository implements ReportRepository {
    private static final String REPORT_COLUMNS = "id, experiment, seed, status, started_at, ended_at, summary";
    private static final String ROW_COLUMNS = "report_id, position, phase, action, expected, actual, deviated, fix";

    private final DataSource dataSource;

    public JdbcReportRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void save(ExperimentReport r) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement head = c.prepareStatement("INSERT INTO chaos_reports (" + REPORT_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement rows = c.prepareStatement("INSERT INTO chaos_report_rows (" + ROW_COLUMNS
                         + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                head.setString(1, r.id());
                head.setString(2, r.experiment());
                head.setLong(3, r.seed());
                head.setString(4, r.status().name());
                head.setObject(5, OffsetDateTime.ofInstant(r.startedAt(), ZoneOffset.UTC));
                head.setObject(6, OffsetDateTime.ofInstant(r.endedAt(), ZoneOffset.UTC));
                head.setString(7, r.summary());
                head.executeUpdate();
                for (int i = 0; i < r.rows().size(); i++) {
                    ReportRow row = r.rows().get(i);
                    rows.setString(1, r.id());
                    rows.setInt(2, i);
                    rows.setString(3, row.phase().name());
                    rows.setString(4, row.action());
                    rows.setString(5, row.expected());
                    rows.setString(6, row.actual());
                    rows.setBoolean(7, row.deviated());
                    rows.setString(8, row.fix());
                    rows.addBatch();
                }
                rows.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw JdbcExperimentRepository.failure("save the report of experiment '" + r.experiment() + "'", e);
        }
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

    private List<ExperimentReport> read(String what, String sql, Binder binder) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Head> heads = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        heads.put(rs.getString(1), new Head(rs.getString(1), rs.getString(2), rs.getLong(3),
                                ExperimentStatus.valueOf(rs.getString(4)),
                                rs.getObject(5, OffsetDateTime.class).toInstant(),
                                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7)));
                    }
                }
            }
            List<ExperimentReport> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ROW_COLUMNS
                    + " FROM chaos_report_rows WHERE report_id = ? ORDER BY position")) {
                for (Head h : heads.values()) {
                    ps.setString(1, h.id);
                    List<ReportRow> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new ReportRow(ReportPhase.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                                    rs.getString(6), rs.getBoolean(7), rs.getString(8)));
                        }
                    }
                    out.add(new ExperimentReport(h.id, h.experiment, h.seed, h.status, h.startedAt, h.endedAt, h.summary,
                            rows));
                }
            }
            return out;
        } catch (SQLException e) {
            throw JdbcExperimentRepository.failure(what, e);
        }
    }

    private record Head(String id, String experiment, long seed, ExperimentStatus status, java.time.Instant startedAt,
                        java.time.Instant endedAt, String summary) {
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }
}
