package io.breakerboard.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;

/**
 * The peer of {@code breakerboard import} + {@code report}: DuckDB reads the same canonical JSON lines with
 * {@code read_ndjson} into a table and computes the same per-agent aggregates (nearest-rank percentiles are
 * {@code quantile_disc}). Prints the report as CSV, like {@code report --format csv}.
 */
public final class DuckDbReport {
    private DuckDbReport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: DuckDbReport EXECUTIONS.jsonl");
            System.exit(2);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (PreparedStatement load = c.prepareStatement(
                    "CREATE TABLE executions AS SELECT * FROM read_ndjson(?, maximum_object_size = 16777216)")) {
                load.setString(1, args[0]);
                load.execute();
            }
            String sql = """
                    SELECT coalesce(agent, 'ALL') AS agent,
                           count(*) AS executions,
                           count(*) FILTER (WHERE outcome = 'success') AS successes,
                           count(*) FILTER (WHERE outcome <> 'success') AS failures,
                           round(count(*) FILTER (WHERE outcome = 'success') / count(*), 4) AS success_rate,
                           quantile_disc(duration_ms, 0.50) AS p50_ms,
                           quantile_disc(duration_ms, 0.95) AS p95_ms,
                           quantile_disc(duration_ms, 0.99) AS p99_ms,
                           round(avg(duration_ms), 1) AS avg_ms,
                           round(sum(cost_usd), 6) AS total_cost_usd
                    FROM executions
                    GROUP BY GROUPING SETS ((agent), ())
                    ORDER BY agent = 'ALL', agent""";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                ResultSetMetaData md = rs.getMetaData();
                StringBuilder header = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    header.append(i > 1 ? "," : "").append(md.getColumnLabel(i));
                }
                System.out.println(header);
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.append(i > 1 ? "," : "").append(rs.getString(i));
                    }
                    System.out.println(row);
                }
            }
        }
    }
}
