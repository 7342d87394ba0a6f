package io.breakerboard.repository;

import io.breakerboard.chaos.ChaosStoreException;
import io.breakerboard.chaos.ExperimentRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/** Saved experiments in table {@code chaos_experiments} of migration {@code V4__chaos.sql}. */
public final class JdbcExperimentRepository implements ExperimentRepository {
    private final DataSource dataSource;

    public JdbcExperimentRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Map<String, String> all() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT name, json FROM chaos_experiments ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            Map<String, String> out = new LinkedHashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the saved experiments", e);
        }
    }

    @Override
    public void save(String name, String json, Instant at) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())
                     // a team store (PostgreSQL) has no MERGE … KEY
                     ? "INSERT INTO chaos_experiments (name, json, updated_at) VALUES (?, ?, ?) ON CONFLICT (name)"
                     + " DO UPDATE SET json = EXCLUDED.json, updated_at = EXCLUDED.updated_at"
                     : "MERGE INTO chaos_experiments (name, json, updated_at) KEY (name) VALUES (?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, json);
            ps.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("save experiment '" + name + "'", e);
        }
    }

    @Override
    public boolean delete(String name) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM chaos_experiments WHERE name = ?")) {
            ps.setString(1, name);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure("delete experiment '" + name + "'", e);
        }
    }

    static ChaosStoreException failure(String what, SQLException e) {
        return new ChaosStoreException("could not " + what + ": " + e.getMessage()
                + "; check that the database is open and its data directory writable", e);
    }
}
