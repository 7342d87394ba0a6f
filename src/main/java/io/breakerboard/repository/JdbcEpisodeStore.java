package io.breakerboard.repository;

import io.breakerboard.engine.memory.Episode;
import io.breakerboard.engine.memory.EpisodeStore;
import io.breakerboard.engine.sim.Domain;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Episodes in the {@code engine_episode} table of {@code db/migration/V2__engine.sql}. */
public final class JdbcEpisodeStore implements EpisodeStore {
    private final DataSource dataSource;

    public JdbcEpisodeStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(Episode e) {
        String sql = "INSERT INTO engine_episode (execution_key, agent, task_domain, task, summary, root_cause, finished_at) "
                + "SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM engine_episode WHERE execution_key = ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, e.executionKey());
            ps.setString(2, e.agent());
            ps.setString(3, e.domain().name());
            ps.setString(4, cut(e.task(), 2000));
            ps.setString(5, cut(e.summary(), 4000));
            ps.setString(6, cut(e.rootCause(), 2000));
            ps.setTimestamp(7, Timestamp.from(e.finishedAt()));
            ps.setString(8, e.executionKey());
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw failure("save an episode", ex);
        }
    }

    @Override
    public List<Episode> recent(int limit) {
        String sql = "SELECT execution_key, agent, task_domain, task, summary, root_cause, finished_at FROM engine_episode "
                + "ORDER BY finished_at DESC, id DESC LIMIT ?";
        List<Episode> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Episode(rs.getString(1), rs.getString(2), Domain.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
                }
            }
        } catch (SQLException ex) {
            throw failure("read episodes", ex);
        }
        return out;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("cannot " + what + " in engine_episode: " + e.getMessage()
                + "; is the V2__engine.sql migration applied?", e);
    }
}
