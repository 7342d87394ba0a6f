package io.breakerboard.metrics;

import static io.breakerboard.metrics.SnapshotAssert.assertSameFigures;
import static io.breakerboard.metrics.TestExecutions.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A minute built again from the executions now stored shows what recording only those would show. */
class RebuildMinuteTest {
    private static final long MINUTE = Math.floorDiv(T0.getEpochSecond(), 60);

    private final Execution kept = TestExecutions.ok("coder", T0.plusSeconds(5), Duration.ofMillis(400), "gpt-4o", 10);
    private final Execution shorter = TestExecutions.ok("coder", T0.plusSeconds(9), Duration.ofSeconds(2), "gpt-4o", 20);
    private final Execution longer = shorter.toBuilder().duration(Duration.ofSeconds(90)).costMicros(700).build();
    private final Execution other = TestExecutions.failed("coder", T0.plusSeconds(200), Duration.ofSeconds(1), ErrorKind.TIMEOUT);

    @Test
    void aReplacedExecutionLeavesNoTraceOfItsOldVersion() {
        RollupMetrics live = TestExecutions.recorded(List.of(kept, shorter, other));

        live.rebuildMinute("coder", MINUTE, List.of(kept, longer));

        assertSameFigures(live.snapshot(MetricsFilter.all()),
                TestExecutions.recorded(List.of(kept, longer, other)).snapshot(MetricsFilter.all()));
    }

    @Test
    void aRebuiltMinuteIsSavedAndRestoredAsRebuilt() {
        RollupMetrics live = TestExecutions.recorded(List.of(kept, shorter, other));
        List<RollupRecord> saved = new ArrayList<>(live.drainDirty());

        live.rebuildMinute("coder", MINUTE, List.of(kept, longer));
        saved.addAll(live.drainDirty());
        RollupMetrics restored = new RollupMetrics(SnapshotAssert.CLOCK);
        restored.restore(saved);

        assertSameFigures(restored.snapshot(MetricsFilter.all()), live.snapshot(MetricsFilter.all()));
        assertThat(live.drainDirty()).isEmpty();
    }

    @Test
    void aMinuteLeftEmptyShowsNothingAndNoBucket() {
        RollupMetrics live = TestExecutions.recorded(List.of(kept, other));
        long otherMinute = Math.floorDiv(other.startedAt().getEpochSecond(), 60);

        live.rebuildMinute("coder", MINUTE, List.of());
        RollupMetrics restored = new RollupMetrics(SnapshotAssert.CLOCK);
        restored.restore(live.drainDirty());

        DashboardSnapshot expected = TestExecutions.recorded(List.of(other)).snapshot(MetricsFilter.all());
        assertSameFigures(live.snapshot(MetricsFilter.all()), expected);
        assertThat(live.snapshot(MetricsFilter.all()).series()).hasSize(1);
        assertThat(restored.snapshot(MetricsFilter.all()).total()).isEqualTo(expected.total());
        assertThat(otherMinute).isGreaterThan(MINUTE);
    }

    @Test
    void anExecutionOfAnotherMinuteIsRefused() {
        RollupMetrics live = TestExecutions.recorded(List.of(kept));

        assertThatThrownBy(() -> live.rebuildMinute("coder", MINUTE, List.of(other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(other.key());
    }
}
