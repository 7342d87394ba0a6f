package io.breakerboard.store;

import static io.breakerboard.testsupport.Executions.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Execution;
import io.breakerboard.testsupport.Executions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Executions kept in packed blocks: lists across blocks, small blocks growing, executions stored before blocks. */
class ExecutionBlocksTest {
    @TempDir
    java.nio.file.Path dir;
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsAndPagesNewestFirstAcrossBlocksWhateverOrderTheyArrivedIn() throws SQLException {
        Random random = new Random(7);
        List<Execution> all = new ArrayList<>();
        for (int batch = 0; batch < 3; batch++) {
            List<Execution> executions = new ArrayList<>();
            for (int i = 0; i < ExecutionRepository.GROW_BELOW + 100; i++) {
                // Starts spread over two hours, with repeats, so blocks overlap and ties need the id.
                Instant start = T0.plusSeconds(random.nextInt(7_200));
                String key = "b" + batch + "-" + i;
                executions.add(i % 5 == 0 ? Executions.failed(key, "beta", start) : Executions.simple(key, "alpha", start));
            }
            store.executions().insertNew(executions);
            all.addAll(executions);
        }
        assertThat(blockCount()).isEqualTo(3);
        TimeRange hour = new TimeRange(T0.plusSeconds(1_800), T0.plusSeconds(5_400));

        assertThat(keys(store.executions().find(new MetricsFilter(hour, Set.of()), false, 50)))
                .isEqualTo(expected(all, hour, null, false, 50));
        assertThat(keys(store.executions().find(new MetricsFilter(hour, Set.of("beta")), true, 1_000)))
                .isEqualTo(expected(all, hour, "beta", true, 1_000));
        assertThat(keys(store.executions().scan(MetricsFilter.all(), false)))
                .as("every page follows the one before without gaps or repeats")
                .isEqualTo(expected(all, TimeRange.ALL, null, false, Integer.MAX_VALUE));
    }

    @Test
    void aFileFollowedALineAtATimeGrowsOneBlock() throws SQLException {
        for (int i = 0; i < 10; i++) {
            store.executions().insertNew(List.of(Executions.simple("k" + i, "a", T0.plusSeconds(i))));
        }

        assertThat(blockCount()).isEqualTo(1);
        assertThat(store.executions().count()).isEqualTo(10);
        assertThat(store.executions().findByKey("k0")).contains(Executions.simple("k0", "a", T0));
        assertThat(store.executions().findByKey("k9")).contains(Executions.simple("k9", "a", T0.plusSeconds(9)));
        assertThat(store.executions().insertNew(List.of(Executions.simple("k5", "a", T0.plusSeconds(5)))).duplicates())
                .isEqualTo(1);
    }

    @Test
    void executionsStoredOneRowEachMoveIntoBlocksWithTheirIds() throws SQLException {
        try (Connection c = store.database().connection(); Statement s = c.createStatement()) {
            for (int id = 1; id <= 3; id++) {
                s.executeUpdate("INSERT INTO executions (id, exec_key, agent, task, started_at, duration_us, outcome,"
                        + " error_kind, input_tokens, output_tokens, cost_micros, retries, iterations, tool_calls,"
                        + " tool_failures, source, format, imported_at) VALUES (" + id * 10 + ", 'old-" + id + "', 'a',"
                        + " 'task', TIMESTAMP WITH TIME ZONE '2024-10-15 00:00:0" + id + "Z', 1000, 'FAILURE', 'TIMEOUT',"
                        + " 1, 2, 3, 0, 1, 0, 0, 'f.log', 'pipe', TIMESTAMP WITH TIME ZONE '2024-10-16 00:00:00Z')");
            }
            s.executeUpdate("INSERT INTO steps (execution_id, idx, kind, name, duration_us, failed, input_tokens,"
                    + " output_tokens, cost_micros) VALUES (20, 0, 'TOOL_CALL', 'search', 0, FALSE, 0, 0, 0)");
        }
        ExecutionRepository reopened = new ExecutionRepository(store.database().dataSource(), Clock.systemUTC());

        assertThat(reopened.count()).isEqualTo(3);
        Execution old2 = reopened.findByKey("old-2").orElseThrow();
        assertThat(old2.startedAt()).isEqualTo(Instant.parse("2024-10-15T00:00:02Z"));
        assertThat(old2.errorKind()).hasToString("TIMEOUT");
        assertThat(old2.steps()).extracting(io.breakerboard.model.Step::name).containsExactly("search");
        assertThat(keys(reopened.find(MetricsFilter.all(), true, 10))).containsExactly("old-3", "old-2", "old-1");
        assertThat(reopened.insertNew(List.of(Executions.simple("old-1", "a", T0), Executions.simple("new", "a", T0)))
                .inserted()).extracting(Execution::key).containsExactly("new");
        assertThat(count("SELECT COUNT(*) FROM executions")).isZero();
        assertThat(count("SELECT COUNT(*) FROM execution_blocks")).as("ids 10, 20, 30 are not consecutive").isEqualTo(3);
    }

    private static List<String> expected(List<Execution> all, TimeRange range, String agent, boolean failuresOnly, int limit) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            order.add(i);
        }
        // Ids follow insertion order, so the index stands in for the id.
        order.sort(Comparator.<Integer, Instant>comparing(i -> all.get(i).startedAt()).thenComparing(i -> i).reversed());
        return order.stream().map(all::get)
                .filter(e -> range.contains(e.startedAt()) && (agent == null || agent.equals(e.agent()))
                        && (!failuresOnly || !e.succeeded()))
                .limit(limit).map(Execution::key).toList();
    }

    private static List<String> keys(Iterable<Execution> executions) {
        return StreamSupport.stream(executions.spliterator(), false).map(Execution::key).toList();
    }

    private long blockCount() throws SQLException {
        return count("SELECT COUNT(*) FROM execution_blocks");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = store.database().connection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
