package io.breakerboard.bench;

import io.breakerboard.alerts.BreakerStateSource;
import io.breakerboard.cli.LibraryLogging;
import io.breakerboard.ingest.format.Formats;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.RollupMetrics;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Redactor;
import io.breakerboard.service.Components;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import io.breakerboard.service.StoreLocation;
import io.breakerboard.store.StoreUrl;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's refresh on a filled embedded store and on a filled team store, for {@code team-store.sh}: opens
 * a workspace on each as the window does (metrics restored, alerts judged), then times the calls
 * {@code SnapshotRefresher} makes when the range or the data changed (alerts, data span, snapshot, the failures
 * list of up to 200, agents) for the last 24 hours and for All, without and with an agent filter, and prints the
 * medians, the worst round and the PostgreSQL / H2 ratio. Also prints the team store's size per execution
 * ({@code pg_total_relation_size}). Usage: {@code TeamStoreRefresh H2_DATA_DIR POSTGRES_URL [ROUNDS]}.
 */
public final class TeamStoreRefresh {
    private static final int FAILURE_LIMIT = 200;

    private TeamStoreRefresh() {
    }

    /** What one store gave: milliseconds to open, and per case the refresh times in milliseconds. */
    private record Timings(double openMs, long executions, Map<String, double[]> cases) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TeamStoreRefresh H2_DATA_DIR POSTGRES_URL [ROUNDS]");
            System.exit(2);
        }
        LibraryLogging.quiet();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Components components = Components.of(RollupMetrics::new, Formats::all, Redactor.DEFAULT::redact,
                Redactor.DEFAULT::redact);
        Path h2Dir = Path.of(args[0]);
        Timings h2 = time("H2", StoreLocation.of(h2Dir), components, rounds);
        Timings pg = time("PostgreSQL", StoreLocation.of(h2Dir.resolveSibling("team-local"), args[1]), components, rounds);

        System.out.printf("%nDashboard refresh, median (worst) of %d rounds over the four cases in turn after 3"
                + " unmeasured, ms:%n", rounds);
        System.out.printf("%-48s %16s %16s %8s%n", "case", "H2", "PostgreSQL", "PG/H2");
        System.out.printf("%-48s %16.0f %16.0f %7.2fx%n", "open workspace (restore metrics)", h2.openMs(), pg.openMs(),
                pg.openMs() / h2.openMs());
        for (String name : h2.cases().keySet()) {
            double[] a = h2.cases().get(name);
            double[] b = pg.cases().get(name);
            System.out.printf("%-48s %16s %16s %7.2fx%n", name, figure(a), figure(b), median(b) / median(a));
        }
        sizes(StoreUrl.parse(args[1]), pg.executions());
    }

    private static Timings time(String label, StoreLocation location, Components components, int rounds) {
        long t0 = System.nanoTime();
        try (LocalWorkspace ws = WorkspaceAssembler.open(location, components)) {
            double openMs = (System.nanoTime() - t0) / 1e6;
            // As the window: alerts judged here (on the team store this process is the only one, so it judges).
            ws.alerting().start(BreakerStateSource.NONE);
            long executions = ws.dashboards().snapshot(MetricsFilter.all()).total().executions();
            TimeRange span = ws.dashboards().dataSpan().orElseThrow(() -> new IllegalStateException(label + " store is empty"));
            // The window's clock one minute after the newest execution, so the 24 hours hold data (as DashboardBench).
            Instant now = span.to().plus(Duration.ofMinutes(1));
            TimeRange all = new TimeRange(span.from().truncatedTo(ChronoUnit.MINUTES),
                    span.to().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES));
            String agent = ws.dashboards().agents().first();
            Map<String, MetricsFilter> filters = new LinkedHashMap<>();
            filters.put("24 h, all agents", new MetricsFilter(TimeRange.last(Duration.ofHours(24), now), Set.of()));
            filters.put("24 h, agent " + agent, new MetricsFilter(TimeRange.last(Duration.ofHours(24), now), Set.of(agent)));
            filters.put("All, all agents", new MetricsFilter(all, Set.of()));
            filters.put("All, agent " + agent, new MetricsFilter(all, Set.of(agent)));
            System.out.printf("%s: %,d executions, opened in %.0f ms (%s)%n", label, executions, openMs, location);
            Map<String, double[]> cases = new LinkedHashMap<>();
            for (String name : filters.keySet()) {
                for (String part : new String[] {"", ": snapshot", ": failures list"}) {
                    cases.put(name + part, new double[rounds]);
                }
            }
            int[] failures = new int[filters.size()];
            // Round-robin over the cases, as a person switching ranges and filters: the metrics keep only the last
            // snapshot, so every snapshot here is merged afresh from the rollups, as after a change.
            for (int i = -3; i < rounds; i++) {
                int c = 0;
                for (Map.Entry<String, MetricsFilter> f : filters.entrySet()) {
                    long[] parts = new long[2];
                    long s = System.nanoTime();
                    failures[c++] = refresh(ws, f.getValue(), parts);
                    if (i >= 0) {
                        cases.get(f.getKey())[i] = (System.nanoTime() - s) / 1e6;
                        cases.get(f.getKey() + ": snapshot")[i] = parts[0] / 1e6;
                        cases.get(f.getKey() + ": failures list")[i] = parts[1] / 1e6;
                    }
                }
            }
            int c = 0;
            for (String name : filters.keySet()) {
                double[] ms = cases.get(name);
                System.out.printf("  %-32s median %.1f ms, worst %.1f ms (snapshot %.2f ms, failures list %.1f ms;"
                                + " %d failures listed)%n", name, median(ms), Arrays.stream(ms).max().orElse(0),
                        median(cases.get(name + ": snapshot")), median(cases.get(name + ": failures list")),
                        failures[c++]);
            }
            return new Timings(openMs, executions, cases);
        }
    }

    /**
     * One refresh as SnapshotRefresher polls it after a change; puts the nanoseconds of the snapshot and of the
     * failures list into {@code parts} and returns the failures listed, so nothing is idle.
     */
    private static int refresh(LocalWorkspace ws, MetricsFilter filter, long[] parts) {
        ws.alerting().alerts();
        ws.dashboards().dataSpan();
        long t0 = System.nanoTime();
        DashboardSnapshot snapshot = ws.dashboards().snapshot(filter);
        long t1 = System.nanoTime();
        int failures = ws.queries().executions(filter, true, FAILURE_LIMIT).size();
        long t2 = System.nanoTime();
        parts[0] = t1 - t0;
        parts[1] = t2 - t1;
        ws.dashboards().agents();
        if (snapshot.total().executions() < 0) {
            throw new IllegalStateException("impossible count");
        }
        return failures;
    }

    private static void sizes(StoreUrl url, long executions) throws Exception {
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_relation_size('executions'), pg_indexes_size('executions'),"
                     + " pg_total_relation_size('executions'), (SELECT count(*) FROM executions),"
                     + " pg_database_size(current_database())")) {
            rs.next();
            long rows = rs.getLong(4);
            System.out.printf("%nPostgreSQL size: executions table %,d rows; heap %,d B (%.0f B each), indexes %,d B"
                            + " (%.0f B each), total with TOAST and indexes %,d B (%.0f B each); whole database %,d B"
                            + " (metrics counted %,d)%n", rows, rs.getLong(1), rs.getLong(1) / (double) rows,
                    rs.getLong(2), rs.getLong(2) / (double) rows, rs.getLong(3), rs.getLong(3) / (double) rows,
                    rs.getLong(5), executions);
        }
        List<String> indexes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT indexrelid::regclass::text, pg_relation_size(indexrelid)"
                     + " FROM pg_index WHERE indrelid = 'executions'::regclass ORDER BY 2 DESC")) {
            while (rs.next()) {
                indexes.add(rs.getString(1) + " " + String.format("%,d B", rs.getLong(2)));
            }
        }
        System.out.println("indexes: " + String.join("; ", indexes));
    }

    private static String figure(double[] ms) {
        return String.format("%.2f (%.2f)", median(ms), Arrays.stream(ms).max().orElse(0));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
