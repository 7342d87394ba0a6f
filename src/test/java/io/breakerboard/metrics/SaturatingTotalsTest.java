package io.breakerboard.metrics;

import static io.breakerboard.metrics.TestExecutions.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Money;
import io.breakerboard.model.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Totals at the limits of a long stop there instead of wrapping round to a negative number. */
class SaturatingTotalsTest {
    private static Execution costly(String key, String agent, int minute) {
        return Execution.builder(key).agent(agent).startedAt(T0.plusSeconds(60L * minute)).duration(Duration.ofSeconds(1))
                .outcome(Outcome.SUCCESS).model("gpt-4o").inputTokens(Long.MAX_VALUE).outputTokens(Long.MAX_VALUE)
                .costMicros(Money.ofUsd(9.2e12)).build();
    }

    @Test
    void twoHugeExecutionsTotalTheLargestLongNotANegativeOne() {
        RollupMetrics metrics = new RollupMetrics(SnapshotAssert.CLOCK);
        metrics.record(costly("a", "planner", 0));
        metrics.record(costly("b", "planner", 0));
        metrics.record(costly("c", "writer", 1));
        metrics.record(costly("d", "writer", 2));

        DashboardSnapshot snapshot = metrics.snapshot(MetricsFilter.all());

        assertThat(snapshot.total().costMicros()).isEqualTo(Long.MAX_VALUE);
        assertThat(snapshot.total().inputTokens()).isEqualTo(Long.MAX_VALUE);
        assertThat(snapshot.total().outputTokens()).isEqualTo(Long.MAX_VALUE);
        assertThat(snapshot.agents()).allSatisfy(a -> {
            assertThat(a.costMicros()).isEqualTo(Long.MAX_VALUE);
            assertThat(a.inputTokens()).isEqualTo(Long.MAX_VALUE);
        });
        assertThat(snapshot.models()).singleElement().satisfies(m -> {
            assertThat(m.costMicros()).isEqualTo(Long.MAX_VALUE);
            assertThat(m.inputTokens()).isEqualTo(Long.MAX_VALUE);
            assertThat(m.executions()).isEqualTo(4);
        });
        assertThat(snapshot.series()).allSatisfy(p -> assertThat(p.costMicros()).isPositive());
        assertThat(Money.format(snapshot.total().costMicros())).isEqualTo("$9223372036854.78");
    }

    @Test
    void aRollupReadBackFromTheStoreKeepsTheSaturatedTotal() {
        RollupMetrics metrics = new RollupMetrics(SnapshotAssert.CLOCK);
        metrics.record(costly("a", "planner", 0));
        metrics.record(costly("b", "planner", 0));

        RollupMetrics restored = new RollupMetrics(SnapshotAssert.CLOCK);
        restored.restore(metrics.drainDirty());
        restored.record(costly("c", "planner", 0));

        assertThat(restored.snapshot(MetricsFilter.all()).total().costMicros()).isEqualTo(Long.MAX_VALUE);
    }
}
