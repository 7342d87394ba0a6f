package io.breakerboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** However the rollups came to be, a dashboard shows the same figures, and they match a plain recount. */
class RecomputationTest {
    private static final List<Execution> EXECUTIONS =
            TestExecutions.random(2026, 4_000, Duration.ofHours(30), "planner", "coder", "writer", "critic");
    private static final MetricsFilter[] FILTERS = {
        MetricsFilter.all(),
        new MetricsFilter(TimeRange.ALL, Set.of("coder", "critic")),
        new MetricsFilter(new TimeRange(TestExecutions.T0.plusSeconds(3_630), TestExecutions.T0.plusSeconds(7 * 3_600)), Set.of()),
    };

    @Test
    void recordingInAnotherOrderGivesTheSameFigures() {
        List<Execution> shuffled = new ArrayList<>(EXECUTIONS);
        Collections.shuffle(shuffled, new Random(1));

        assertSameForEveryFilter(TestExecutions.recorded(shuffled), TestExecutions.recorded(EXECUTIONS));
    }

    @Test
    void aSerialiseAndRestoreRoundTripGivesTheSameFigures() {
        RollupMetrics recorded = TestExecutions.recorded(EXECUTIONS);
        RollupMetrics restored = new RollupMetrics(SnapshotAssert.CLOCK);

        restored.restore(recorded.drainDirty());

        assertSameForEveryFilter(restored, recorded);
        assertThat(restored.span()).isEqualTo(recorded.span());
        assertThat(restored.agents()).isEqualTo(recorded.agents());
    }

    @Test
    void persistingAsTheImportGoesGivesTheSameFigures() {
        // Drain every few hundred executions, as the store does, then rebuild from what was persisted last.
        RollupMetrics live = new RollupMetrics(SnapshotAssert.CLOCK);
        Map<String, RollupRecord> persisted = new HashMap<>();
        for (int i = 0; i < EXECUTIONS.size(); i++) {
            live.record(EXECUTIONS.get(i));
            if (i % 333 == 0 || i == EXECUTIONS.size() - 1) {
                live.drainDirty().forEach(r -> persisted.put(r.agent() + "@" + r.minute(), r));
            }
        }
        RollupMetrics restarted = new RollupMetrics(SnapshotAssert.CLOCK);

        restarted.restore(persisted.values());

        assertSameForEveryFilter(restarted, live);
    }

    @Test
    void aLargeRestoreKeepsTheLastRecordOfEachMinute() {
        // Over eight thousand records are read in parallel; their order must still decide which state wins.
        List<Execution> spread = TestExecutions.random(7, 12_000, Duration.ofDays(10), "planner");
        RollupMetrics live = new RollupMetrics(SnapshotAssert.CLOCK);
        spread.subList(0, 6_000).forEach(live::record);
        List<RollupRecord> records = new ArrayList<>(live.drainDirty());
        spread.subList(6_000, 12_000).forEach(live::record);
        records.addAll(live.drainDirty());
        RollupMetrics restarted = new RollupMetrics(SnapshotAssert.CLOCK);

        restarted.restore(records);

        assertThat(records.size()).isGreaterThan(8_192);
        assertSameForEveryFilter(restarted, live);
    }

    @Test
    void figuresMatchAPlainRecount() {
        DashboardSnapshot snapshot = TestExecutions.recorded(EXECUTIONS).snapshot(MetricsFilter.all());

        Map<String, long[]> perAgent = new TreeMap<>();
        Map<String, Long> costByModel = new HashMap<>();
        Map<ErrorKind, Long> errors = new EnumMap<>(ErrorKind.class);
        Map<Instant, long[]> perBucket = new HashMap<>();
        long bucketSeconds = snapshot.bucket().getSeconds();
        for (Execution e : EXECUTIONS) {
            long[] a = perAgent.computeIfAbsent(e.agent(), k -> new long[4]);
            a[0]++;
            a[1] += e.succeeded() ? 0 : 1;
            a[2] += e.retries() > 0 ? 1 : 0;
            a[3] += e.costMicros();
            costByModel.merge(e.model() == null ? ModelCost.UNKNOWN : e.model(), e.costMicros(), Long::sum);
            if (!e.succeeded()) {
                errors.merge(e.errorKind(), 1L, Long::sum);
            }
            Instant bucket = Instant.ofEpochSecond(Math.floorDiv(e.startedAt().getEpochSecond(), bucketSeconds) * bucketSeconds);
            long[] b = perBucket.computeIfAbsent(bucket, k -> new long[3]);
            b[0]++;
            b[1] += e.succeeded() ? 0 : 1;
            b[2] += e.costMicros();
        }

        assertThat(snapshot.agents()).extracting(AgentStats::agent).containsExactlyElementsOf(perAgent.keySet());
        for (AgentStats stats : snapshot.agents()) {
            long[] expected = perAgent.get(stats.agent());
            assertThat(new long[] {stats.executions(), stats.failures(), stats.retried(), stats.costMicros()})
                    .as(stats.agent()).containsExactly(expected);
        }
        assertThat(snapshot.total().errors()).isEqualTo(errors);
        assertThat(snapshot.models()).allSatisfy(m -> assertThat(m.costMicros()).isEqualTo(costByModel.get(m.model())));
        assertThat(snapshot.models()).hasSize(costByModel.size());
        assertThat(snapshot.models()).isSortedAccordingTo((x, y) -> Long.compare(y.costMicros(), x.costMicros()));
        for (SeriesPoint point : snapshot.series()) {
            long[] expected = perBucket.getOrDefault(point.start(), new long[3]);
            assertThat(new long[] {point.executions(), point.failures(), point.costMicros()})
                    .as("bucket %s", point.start()).containsExactly(expected);
        }
        assertThat(snapshot.series().stream().mapToLong(SeriesPoint::executions).sum()).isEqualTo(EXECUTIONS.size());
        long[] micros = EXECUTIONS.stream().mapToLong(Execution::durationMicros).toArray();
        DurationStats exact = Percentiles.exact(micros);
        assertThat(snapshot.total().durations().avg()).isEqualTo(exact.avg());
        assertThat((double) snapshot.total().durations().p95().toNanos())
                .isCloseTo(exact.p95().toNanos(), Offset.offset(exact.p95().toNanos() * 0.01));
    }

    private static void assertSameForEveryFilter(RollupMetrics actual, RollupMetrics expected) {
        for (MetricsFilter filter : FILTERS) {
            SnapshotAssert.assertSameFigures(actual.snapshot(filter), expected.snapshot(filter));
        }
    }
}
