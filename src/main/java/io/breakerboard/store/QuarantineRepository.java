package io.breakerboard.store;

import io.breakerboard.model.QuarantinedRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Records that could not be imported, kept with their file, line, reason and raw text. */
public final class QuarantineRepository {
    private final DataSource dataSource;
    private final Clock clock;

    public QuarantineRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public void insert(List<QuarantinedRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO quarantine (source, line, reason, raw, at) VALUES (?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (QuarantinedRecord r : records) {
                ps.setString(1, r.source());
                ps.setLong(2, r.line());
                ps.setString(3, Text.fit(r.reason()));
                ps.setString(4, r.raw());
                ps.setObject(5, now);
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Could not keep " + records.size() + " rejected records in quarantine: "
                    + e.getMessage(), e);
        }
    }

    /** Records of one source, or of every source when {@code source} is null, newest first. */
    public List<QuarantinedRecord> find(String source, int limit) {
        String sql = "SELECT source, line, reason, raw FROM quarantine"
                + (source == null ? "" : " WHERE source = ?") + " ORDER BY id DESC LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (source != null) {
                ps.setString(i++, source);
            }
            ps.setInt(i, Math.max(0, limit));
            List<QuarantinedRecord> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new QuarantinedRecord(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("Could not read the quarantine: " + e.getMessage(), e);
        }
    }
}
