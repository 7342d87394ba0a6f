package io.breakerboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The import thread records and drains while the window takes snapshots. */
class ConcurrentUseTest {

    @Test
    void snapshotsWhileRecordingSeeConsistentDataAndTheFinalTotalsAreExact() throws Exception {
        List<Execution> executions = TestExecutions.random(99, 30_000, Duration.ofHours(6), "a", "b", "c");
        RollupMetrics metrics = new RollupMetrics(SnapshotAssert.CLOCK);
        List<RollupRecord> drained = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < executions.size(); i++) {
                    metrics.record(executions.get(i));
                    if (i % 5_000 == 0) {
                        drained.addAll(metrics.drainDirty());
                    }
                }
                drained.addAll(metrics.drainDirty());
            });
            Future<Integer> reader = pool.submit(() -> {
                int snapshots = 0;
                long lastSeen = 0;
                while (!writer.isDone() || snapshots == 0) {
                    DashboardSnapshot s = metrics.snapshot(MetricsFilter.all());
                    long agentsSum = s.agents().stream().mapToLong(AgentStats::executions).sum();
                    long seriesSum = s.series().stream().mapToLong(SeriesPoint::executions).sum();
                    assertThat(s.total().executions()).isEqualTo(agentsSum).isEqualTo(seriesSum);
                    assertThat(s.total().executions()).as("holds at least what its version counts")
                            .isGreaterThanOrEqualTo(s.version()).isGreaterThanOrEqualTo(lastSeen);
                    lastSeen = s.total().executions();
                    snapshots++;
                }
                return snapshots;
            });
            writer.get(60, TimeUnit.SECONDS);
            assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
        } finally {
            pool.shutdownNow();
        }

        DashboardSnapshot last = metrics.snapshot(MetricsFilter.all());
        SnapshotAssert.assertSameFigures(last, TestExecutions.recorded(executions).snapshot(MetricsFilter.all()));
        RollupMetrics restored = new RollupMetrics(SnapshotAssert.CLOCK);
        Map<String, RollupRecord> latest = new HashMap<>();
        drained.forEach(r -> latest.put(r.agent() + "@" + r.minute(), r));
        restored.restore(latest.values());
        SnapshotAssert.assertSameFigures(restored.snapshot(MetricsFilter.all()), last);
    }
}
