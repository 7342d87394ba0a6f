package io.breakerboard.bench;

import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.RollupMetrics;
import io.breakerboard.pipeline.MetricsRestorer;
import io.breakerboard.store.Store;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The in-process part of {@code breakerboard report} on a filled data directory, timed step by step as
 * {@link io.breakerboard.service.StoredReport} does it: opening the database (schema check included), bringing
 * back the rollups a report over everything needs, one snapshot over everything, and closing.
 * Usage: {@code ReportTiming DATA_DIR [ROUNDS]}; each round opens the directory afresh, so the first round
 * pays for class loading and the later ones show the steady cost.
 */
public final class ReportTiming {
    private ReportTiming() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ReportTiming DATA_DIR [ROUNDS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int round = 1; round <= rounds; round++) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            Store store = Store.open(dir, Clock.systemUTC());
            long t1 = System.nanoTime();
            long c1 = cpu();
            Metrics metrics = new RollupMetrics();
            MetricsRestorer.Result how = new MetricsRestorer(store.executions(), store.rollups(), metrics)
                    .restoreTotals(MetricsFilter.all().range());
            long t2 = System.nanoTime();
            DashboardSnapshot snapshot = metrics.snapshot(MetricsFilter.all());
            long t3 = System.nanoTime();
            long c3 = cpu();
            store.close();
            long t4 = System.nanoTime();
            long c4 = cpu();
            System.out.printf("round %d: open %d ms, restore (%s) %d ms, snapshot %d ms, close %d ms;"
                            + " restore+snapshot %d ms; %d executions; process CPU: open %d ms, restore+snapshot %d ms,"
                            + " close %d ms%n",
                    round, ms(t1 - t0), how, ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t3 - t1),
                    snapshot.total().executions(), ms(c1 - c0), ms(c3 - c1), ms(c4 - c3));
        }
    }

    // CPU of every thread of the process (the restore decodes on several), which the load of other processes on
    // the machine changes less than the wall time.
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
