package io.breakerboard.store;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.QualityFacts;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Walks a filter's executions a page at a time (with their scores) and reads, per page in one query, only the steps
 * quality looks at (memory recalls and critique rounds, {@link QualityFacts#isCritique}), the same on H2 and
 * PostgreSQL.
 */
final class QualityPages {
    private static final String STEPS = "SELECT " + ExecutionRows.STEP_COLUMNS + " FROM steps"
            + " WHERE execution_id = ANY(?) AND (kind = 'MEMORY_RECALL' OR name = '" + QualityFacts.CRITIQUE + "'"
            + " OR name LIKE '%" + QualityFacts.CRITIC_SUFFIX + "')"
            + " ORDER BY execution_id, idx";

    private QualityPages() {
    }

    static void forEach(DataSource dataSource, ExecutionPages.PageReader reader, MetricsFilter filter,
                        Consumer<QualityFacts> action) {
        ExecutionPages.Row after = null;
        while (true) {
            List<ExecutionPages.Row> page = reader.read(filter, false, after, ExecutionPages.PAGE_SIZE);
            if (page.isEmpty()) {
                return;
            }
            Map<Long, List<Step>> steps = steps(dataSource, page);
            for (ExecutionPages.Row r : page) {
                action.accept(QualityFacts.of(r.execution(), steps.getOrDefault(r.id(), List.of())));
            }
            if (page.size() < ExecutionPages.PAGE_SIZE) {
                return;
            }
            after = page.get(page.size() - 1);
        }
    }

    private static Map<Long, List<Step>> steps(DataSource dataSource, List<ExecutionPages.Row> page) {
        Map<Long, List<Step>> steps = new HashMap<>();
        Long[] ids = new Long[page.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = page.get(i).id();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(STEPS)) {
            Array array = c.createArrayOf("BIGINT", ids);
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Step s = ExecutionRows.readStep(rs);
                    if (s.kind() == StepKind.MEMORY_RECALL || QualityFacts.isCritique(s)) {
                        steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(s);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the steps quality is judged by: " + e.getMessage(), e);
        }
        return steps;
    }
}
