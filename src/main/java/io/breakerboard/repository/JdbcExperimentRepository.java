package io.breakerboard.repository;

import io.breakerboard.chaos.ChaosStoreException;
import io.breakerboard.chaos.ExperimentRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Saved experiments in table {@code chaos_experiments} of migration {@code V4__chaos.sql}. */
public final class JdbcExperimentRepository implements ExperimentRepository {
    private final Jdbc jdbc;

    public JdbcExperimentRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource, ChaosStoreException::new);
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.list("read the saved experiments", "SELECT name, json FROM chaos_experiments ORDER BY name",
                Jdbc.Binder.NONE, rs -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public void save(String name, String json, Instant at) {
        jdbc.call("save experiment '" + name + "'", c -> Jdbc.update(c,
                jdbc.dialect(c).upsert("chaos_experiments", List.of("name", "json", "updated_at"), List.of("name")), ps -> {
                    ps.setString(1, name);
                    ps.setString(2, json);
                    SqlValues.setInstant(ps, 3, at);
                }));
    }

    @Override
    public boolean delete(String name) {
        return jdbc.update("delete experiment '" + name + "'", "DELETE FROM chaos_experiments WHERE name = ?",
                ps -> ps.setString(1, name)) > 0;
    }
}
