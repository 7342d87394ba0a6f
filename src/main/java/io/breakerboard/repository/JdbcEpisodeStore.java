package io.breakerboard.repository;

import io.breakerboard.engine.memory.Episode;
import io.breakerboard.engine.memory.EpisodeStore;
import io.breakerboard.engine.sim.Domain;
import java.util.List;
import javax.sql.DataSource;

/** Episodes in the {@code engine_episode} table of {@code db/migration/V2__engine.sql}. */
public final class JdbcEpisodeStore implements EpisodeStore {
    private final Jdbc jdbc;

    public JdbcEpisodeStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource, IllegalStateException::new);
    }

    @Override
    public void save(Episode e) {
        jdbc.update("save an episode in engine_episode",
                "INSERT INTO engine_episode (execution_key, agent, task_domain, task, summary, root_cause, finished_at) "
                + "SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM engine_episode WHERE execution_key = ?)",
                ps -> {
                    ps.setString(1, e.executionKey());
                    ps.setString(2, e.agent());
                    ps.setString(3, e.domain().name());
                    SqlValues.setText(ps, 4, e.task(), 2000);
                    SqlValues.setText(ps, 5, e.summary(), 4000);
                    SqlValues.setText(ps, 6, e.rootCause(), 2000);
                    SqlValues.setInstant(ps, 7, e.finishedAt());
                    ps.setString(8, e.executionKey());
                });
    }

    @Override
    public List<Episode> recent(int limit) {
        return jdbc.list("read episodes from engine_episode", "SELECT execution_key, agent, task_domain, task, summary,"
                        + " root_cause, finished_at FROM engine_episode ORDER BY finished_at DESC, id DESC LIMIT ?",
                ps -> ps.setInt(1, limit), rs -> new Episode(rs.getString(1), rs.getString(2),
                        Domain.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                        SqlValues.instant(rs, 7)));
    }
}
