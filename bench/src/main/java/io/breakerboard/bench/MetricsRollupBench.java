package io.breakerboard.bench;

import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.RollupMetrics;
import io.breakerboard.metrics.RollupRecord;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Rough timings of the metrics core on a benchmark-sized load: record one million executions of 8 agents over
 * three days, drain and restore the rollups into a fresh instance, and take snapshots. Prints figures, asserts
 * nothing. Run: {@code mvn -B -o -q -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}
 * then {@code java -cp target/classes:$(cat target/cp.txt) io.breakerboard.bench.MetricsRollupBench}.
 */
public final class MetricsRollupBench {
    private static final String[] MODELS = {"gpt-4o", "gpt-4o-mini", "claude-sonnet-4", "llama-3.1-70b"};

    private MetricsRollupBench() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<Execution> executions = generate(count, new Random(42));
        for (int round = 0; round < 3; round++) {
            run(executions);
        }
    }

    private static void run(List<Execution> executions) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RollupMetrics metrics = new RollupMetrics();
        long t0 = System.nanoTime();
        for (Execution e : executions) {
            metrics.record(e);
        }
        long t1 = System.nanoTime();
        List<RollupRecord> records = metrics.drainDirty();
        long t2 = System.nanoTime();
        long bytes = records.stream().mapToLong(r -> r.state().length).sum();
        RollupMetrics restored = new RollupMetrics();
        long cpu3 = threads.getCurrentThreadCpuTime();
        long t3 = System.nanoTime();
        restored.restore(records);
        long t4 = System.nanoTime();
        DashboardSnapshot all = restored.snapshot(MetricsFilter.all());
        long t5 = System.nanoTime();
        long cpu5 = threads.getCurrentThreadCpuTime();
        DashboardSnapshot again = restored.snapshot(new MetricsFilter(TimeRange.ALL, Set.of("agent-1", "agent-2", "agent-3",
                "agent-4", "agent-5", "agent-6", "agent-7", "agent-0")));
        long t6 = System.nanoTime();
        Instant end = restored.span().orElseThrow().to();
        DashboardSnapshot day = restored.snapshot(new MetricsFilter(TimeRange.last(Duration.ofHours(24), end), Set.of()));
        long t7 = System.nanoTime();
        System.out.printf("record %,d: %d ms (%.0f ns each); drain %,d rollups: %d ms, %,d bytes (%.0f per rollup)%n",
                executions.size(), ms(t1 - t0), (t1 - t0) / (double) executions.size(), records.size(), ms(t2 - t1), bytes,
                bytes / (double) records.size());
        System.out.printf("restore: %d ms; snapshot all: %d ms (%d points of %s); restore + snapshot on this thread's CPU:"
                + " %d ms; all agents again: %d ms; last 24 h: %d ms%n", ms(t4 - t3), ms(t5 - t4), all.series().size(),
                all.bucket(), ms(cpu5 - cpu3), ms(t6 - t5), ms(t7 - t6));
        System.out.printf("total %,d executions, p95 %s, agents %d, models %d, day points %d%n", all.total().executions(),
                all.total().durations().p95(), all.agents().size(), all.models().size(), day.series().size());
        if (again.total().executions() != all.total().executions()) {
            throw new IllegalStateException("agent filter changed the totals");
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static List<Execution> generate(int count, Random random) {
        List<Execution> list = new ArrayList<>(count);
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        long spanMillis = Duration.ofDays(3).toMillis();
        for (int i = 0; i < count; i++) {
            Instant at = start.plusMillis(spanMillis * i / count + random.nextInt(1000));
            boolean ok = random.nextDouble() < 0.93;
            String model = MODELS[random.nextInt(MODELS.length)];
            list.add(Execution.builder("e" + i)
                    .agent("agent-" + random.nextInt(8))
                    .startedAt(at)
                    .duration(Duration.ofNanos((long) (Math.exp(random.nextGaussian() + 7.5) * 1_000_000)))
                    .outcome(ok ? Outcome.SUCCESS : Outcome.FAILURE)
                    .errorKind(ok ? null : ErrorKind.values()[random.nextInt(ErrorKind.values().length)])
                    .model(new String(model))
                    .inputTokens(500 + random.nextInt(4000))
                    .outputTokens(50 + random.nextInt(800))
                    .costMicros(100 + random.nextInt(20_000))
                    .retries(random.nextDouble() < 0.1 ? 1 : 0)
                    .build());
        }
        return list;
    }
}
