package io.breakerboard.metrics;

import static io.breakerboard.metrics.TestExecutions.T0;
import static io.breakerboard.metrics.TestExecutions.failed;
import static io.breakerboard.metrics.TestExecutions.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RollupMetricsTest {
    private final RollupMetrics metrics = new RollupMetrics(SnapshotAssert.CLOCK);

    private static MetricsFilter between(Instant from, Instant to, String... agents) {
        return new MetricsFilter(new TimeRange(from, to), Set.of(agents));
    }

    @Test
    void anEmptyStoreGivesAnEmptySnapshot() {
        DashboardSnapshot snapshot = metrics.snapshot(MetricsFilter.all());

        assertThat(snapshot.total().agent()).isEqualTo(AgentStats.ALL);
        assertThat(snapshot.total().executions()).isZero();
        assertThat(snapshot.total().durations()).isEqualTo(DurationStats.EMPTY);
        assertThat(snapshot.total().successRate()).isEqualTo(1.0);
        assertThat(snapshot.agents()).isEmpty();
        assertThat(snapshot.models()).isEmpty();
        assertThat(snapshot.series()).isEmpty();
        assertThat(snapshot.bucket()).isEqualTo(Duration.ofMinutes(1));
        assertThat(snapshot.takenAt()).isEqualTo(SnapshotAssert.CLOCK.instant());
        assertThat(metrics.span()).isEmpty();
        assertThat(metrics.agents()).isEmpty();
        assertThat(metrics.drainDirty()).isEmpty();
    }

    @Test
    void countsOutcomesRetriesAndErrorKinds() {
        metrics.record(ok("planner", T0, Duration.ofSeconds(1), "gpt-4o", 1_000));
        metrics.record(ok("planner", T0.plusSeconds(1), Duration.ofSeconds(3), "gpt-4o", 1_000).toBuilder().retries(2).build());
        metrics.record(failed("planner", T0.plusSeconds(2), Duration.ofSeconds(30), ErrorKind.TIMEOUT));
        metrics.record(failed("planner", T0.plusSeconds(3), Duration.ofSeconds(30), ErrorKind.TIMEOUT));
        metrics.record(ok("planner", T0.plusSeconds(4), Duration.ofSeconds(2), "gpt-4o", 0).toBuilder()
                .outcome(Outcome.PARTIAL).errorKind(ErrorKind.MAX_ITERATIONS).build());

        AgentStats planner = metrics.snapshot(MetricsFilter.all()).agents().get(0);

        assertThat(planner.executions()).isEqualTo(5);
        assertThat(planner.successes()).isEqualTo(2);
        assertThat(planner.failures()).as("a partial answer counts as a failure").isEqualTo(3);
        assertThat(planner.retried()).isEqualTo(1);
        assertThat(planner.errors()).isEqualTo(Map.of(ErrorKind.TIMEOUT, 2L, ErrorKind.MAX_ITERATIONS, 1L));
        assertThat(planner.durations().min()).isEqualTo(Duration.ofSeconds(1));
        assertThat(planner.durations().max()).isEqualTo(Duration.ofSeconds(30));
        assertThat(planner.durations().avg()).isEqualTo(Duration.ofMillis(13_200));
    }

    @Test
    void aFailureWithoutAKindCountsAsUnknown() {
        metrics.record(new Execution("x", "planner", null, T0, Duration.ZERO, Outcome.FAILURE, null, null, null,
                0, 0, 0, 0, 0, 0, 0, null, null, null, null, List.of()));

        assertThat(metrics.snapshot(MetricsFilter.all()).total().errors()).isEqualTo(Map.of(ErrorKind.UNKNOWN, 1L));
    }

    @Test
    void costAndTokensByModelMostExpensiveFirst() {
        metrics.record(ok("planner", T0, Duration.ofSeconds(1), "gpt-4o-mini", 200));
        metrics.record(ok("coder", T0.plusSeconds(5), Duration.ofSeconds(1), "gpt-4o", 5_000));
        metrics.record(ok("coder", T0.plusSeconds(70), Duration.ofSeconds(1), "gpt-4o", 7_000));
        metrics.record(ok("coder", T0.plusSeconds(80), Duration.ofSeconds(1), null, 900));

        DashboardSnapshot snapshot = metrics.snapshot(MetricsFilter.all());

        assertThat(snapshot.models()).containsExactly(
                new ModelCost("gpt-4o", 2, 200, 20, 12_000),
                new ModelCost(ModelCost.UNKNOWN, 1, 100, 10, 900),
                new ModelCost("gpt-4o-mini", 1, 100, 10, 200));
        assertThat(snapshot.total().costMicros()).isEqualTo(13_100);
        assertThat(snapshot.series()).hasSize(2);
        assertThat(snapshot.series().get(0).costByModel()).isEqualTo(Map.of("gpt-4o-mini", 200L, "gpt-4o", 5_000L));
        assertThat(snapshot.series().get(0).costByAgent()).isEqualTo(Map.of("planner", 200L, "coder", 5_000L));
        assertThat(snapshot.series().get(1).costByModel()).isEqualTo(Map.of("gpt-4o", 7_000L, ModelCost.UNKNOWN, 900L));
        assertThat(snapshot.series().get(1).costByAgent()).isEqualTo(Map.of("coder", 7_900L));
    }

    @Test
    void agentsComeSortedByNameWithTheTotalOverThem() {
        metrics.record(ok("writer", T0, Duration.ofSeconds(1), "gpt-4o", 1));
        metrics.record(ok("coder", T0, Duration.ofSeconds(1), "gpt-4o", 2));
        metrics.record(ok("planner", T0, Duration.ofSeconds(1), "gpt-4o", 4));

        DashboardSnapshot snapshot = metrics.snapshot(MetricsFilter.all());

        assertThat(snapshot.agents()).extracting(AgentStats::agent).containsExactly("coder", "planner", "writer");
        assertThat(snapshot.total().executions()).isEqualTo(3);
        assertThat(snapshot.total().costMicros()).isEqualTo(7);
        assertThat(metrics.agents()).containsExactly("coder", "planner", "writer");
    }

    @Test
    void filtersByAgent() {
        metrics.record(ok("writer", T0, Duration.ofSeconds(1), "gpt-4o", 1));
        metrics.record(ok("coder", T0, Duration.ofSeconds(2), "gpt-4o", 2));
        metrics.record(ok("planner", T0, Duration.ofSeconds(4), "claude-sonnet-4", 4));

        DashboardSnapshot snapshot = metrics.snapshot(new MetricsFilter(TimeRange.ALL, Set.of("coder", "planner")));

        assertThat(snapshot.agents()).extracting(AgentStats::agent).containsExactly("coder", "planner");
        assertThat(snapshot.total().costMicros()).isEqualTo(6);
        assertThat(snapshot.total().durations().max()).isEqualTo(Duration.ofSeconds(4));
        assertThat(snapshot.models()).extracting(ModelCost::model).containsExactly("claude-sonnet-4", "gpt-4o");
        assertThat(snapshot.series().get(0).costByAgent()).containsOnlyKeys("coder", "planner");
        assertThat(metrics.snapshot(new MetricsFilter(TimeRange.ALL, Set.of("nobody"))).total().executions()).isZero();
    }

    @Test
    void aMinuteIsInRangeWhenItsStartIs() {
        metrics.record(ok("planner", T0.plusSeconds(30), Duration.ofSeconds(1), "gpt-4o", 1));
        metrics.record(ok("planner", T0.plusSeconds(70), Duration.ofSeconds(1), "gpt-4o", 2));
        metrics.record(ok("planner", T0.plusSeconds(120), Duration.ofSeconds(1), "gpt-4o", 4));

        // 10:00:45 to 10:02:00: the minute 10:00 starts before the range, 10:02 starts at its (open) end.
        DashboardSnapshot snapshot = metrics.snapshot(between(T0.plusSeconds(45), T0.plusSeconds(120)));

        assertThat(snapshot.total().costMicros()).isEqualTo(2);
        assertThat(snapshot.series()).extracting(SeriesPoint::start).containsExactly(T0.plusSeconds(60));
        assertThat(metrics.snapshot(between(T0, T0.plusSeconds(121))).total().costMicros()).isEqualTo(7);
        assertThat(metrics.snapshot(between(T0.plusNanos(1), T0.plusSeconds(120))).total().costMicros()).isEqualTo(2);
        assertThat(metrics.snapshot(between(T0.plusSeconds(61), T0.plusSeconds(119))).total().executions()).isZero();
    }

    @Test
    void theSeriesCoversTheDataContiguouslyWithEmptyBuckets() {
        metrics.record(ok("planner", T0.plusSeconds(10), Duration.ofSeconds(1), "gpt-4o", 1));
        metrics.record(failed("planner", T0.plusSeconds(10 * 60 + 5), Duration.ofSeconds(1), ErrorKind.TOOL_ERROR));

        DashboardSnapshot snapshot = metrics.snapshot(between(T0.minusSeconds(3_600), T0.plusSeconds(3_600)));

        assertThat(snapshot.bucket()).isEqualTo(Duration.ofMinutes(1));
        assertThat(snapshot.series()).hasSize(11);
        for (int i = 0; i < 11; i++) {
            assertThat(snapshot.series().get(i).start()).isEqualTo(T0.plusSeconds(60L * i));
        }
        SeriesPoint empty = snapshot.series().get(5);
        assertThat(empty.executions()).isZero();
        assertThat(empty.successRate()).isNaN();
        assertThat(empty.p95()).isEqualTo(Duration.ZERO);
        assertThat(snapshot.series().get(10).failures()).isEqualTo(1);
        assertThat(snapshot.series().get(10).successRate()).isZero();
    }

    @Test
    void theAllRangeUsesTheDataSpan() {
        metrics.record(ok("planner", T0.plusSeconds(10), Duration.ofSeconds(1), "gpt-4o", 1));
        metrics.record(ok("planner", T0.plusSeconds(3 * 3_600), Duration.ofSeconds(1), "gpt-4o", 1));

        DashboardSnapshot snapshot = metrics.snapshot(MetricsFilter.all());

        assertThat(snapshot.bucket()).isEqualTo(Duration.ofMinutes(1));
        assertThat(snapshot.series()).hasSize(181);
        assertThat(snapshot.series().get(0).start()).isEqualTo(T0);
    }

    @Test
    void theBucketWidthFollowsTheSpanOfData() {
        assertThat(widthFor(Duration.ofMinutes(150))).isEqualTo(Duration.ofMinutes(1));
        assertThat(widthFor(Duration.ofHours(10))).isEqualTo(Duration.ofMinutes(5));
        assertThat(widthFor(Duration.ofDays(2))).isEqualTo(Duration.ofMinutes(15));
        assertThat(widthFor(Duration.ofDays(7))).isEqualTo(Duration.ofHours(1));
        assertThat(widthFor(Duration.ofDays(30))).isEqualTo(Duration.ofHours(6));
        assertThat(widthFor(Duration.ofDays(150))).isEqualTo(Duration.ofDays(1));
        assertThat(widthFor(Duration.ofDays(365))).isEqualTo(Duration.ofDays(2));
    }

    private static Duration widthFor(Duration span) {
        RollupMetrics m = new RollupMetrics(SnapshotAssert.CLOCK);
        m.record(ok("planner", T0, Duration.ofSeconds(1), "gpt-4o", 1));
        m.record(ok("planner", T0.plus(span).minusSeconds(1), Duration.ofSeconds(1), "gpt-4o", 1));
        DashboardSnapshot snapshot = m.snapshot(MetricsFilter.all());
        assertThat(snapshot.series()).hasSizeLessThanOrEqualTo(BucketSize.MAX_POINTS);
        assertThat(snapshot.series().get(0).start()).isBeforeOrEqualTo(T0);
        return snapshot.bucket();
    }

    @Test
    void versionGrowsWithEveryRecordAndRestore() {
        assertThat(metrics.version()).isZero();
        metrics.record(ok("planner", T0, Duration.ofSeconds(1), "gpt-4o", 1));
        long afterRecord = metrics.version();
        metrics.restore(metrics.drainDirty());

        assertThat(afterRecord).isPositive();
        assertThat(metrics.version()).isGreaterThan(afterRecord);
        assertThat(metrics.snapshot(MetricsFilter.all()).version()).isEqualTo(metrics.version());
    }

    @Test
    void theSameFilterWithoutNewDataGivesTheSameSnapshot() {
        metrics.record(ok("planner", T0, Duration.ofSeconds(1), "gpt-4o", 1));
        DashboardSnapshot first = metrics.snapshot(MetricsFilter.all());

        assertThat(metrics.snapshot(MetricsFilter.all())).isSameAs(first);
        metrics.record(ok("planner", T0, Duration.ofSeconds(1), "gpt-4o", 1));
        assertThat(metrics.snapshot(MetricsFilter.all()).total().executions()).isEqualTo(2);
    }

    @Test
    void theSpanRunsFromTheFirstStartToTheLastEnd() {
        metrics.record(ok("planner", T0.plusSeconds(100), Duration.ofSeconds(1), "gpt-4o", 1));
        metrics.record(ok("coder", T0, Duration.ofMinutes(5), "gpt-4o", 1));

        assertThat(metrics.span()).contains(new TimeRange(T0, T0.plusSeconds(300)));
    }

    @Test
    void theSpanAsARangeHoldsAZeroLengthExecutionStartingAMinute() {
        metrics.record(ok("planner", T0, Duration.ZERO, "gpt-4o", 1));

        TimeRange span = metrics.span().orElseThrow();

        assertThat(metrics.snapshot(new MetricsFilter(span, Set.of())).total().executions()).isEqualTo(1);
    }

    @Test
    void drainHandsOutEachChangedRollupOnce() {
        metrics.record(ok("planner", T0, Duration.ofSeconds(1), "gpt-4o", 1));
        metrics.record(ok("planner", T0.plusSeconds(1), Duration.ofSeconds(1), "gpt-4o", 1));
        metrics.record(ok("planner", T0.plusSeconds(60), Duration.ofSeconds(1), "gpt-4o", 1));
        metrics.record(ok("coder", T0, Duration.ofSeconds(1), "gpt-4o", 1));

        List<RollupRecord> first = metrics.drainDirty();
        List<RollupRecord> nothing = metrics.drainDirty();
        metrics.record(ok("coder", T0.plusSeconds(2), Duration.ofSeconds(1), "gpt-4o", 1));
        List<RollupRecord> again = metrics.drainDirty();

        assertThat(first).extracting(RollupRecord::agent, RollupRecord::minute).containsExactlyInAnyOrder(
                tuple("planner", minute(T0)),
                tuple("planner", minute(T0) + 1),
                tuple("coder", minute(T0)));
        assertThat(nothing).isEmpty();
        assertThat(again).singleElement().satisfies(r -> {
            assertThat(r.agent()).isEqualTo("coder");
            assertThat(r.minute()).isEqualTo(minute(T0));
        });
    }

    private static long minute(Instant t) {
        return t.getEpochSecond() / 60;
    }

    @Test
    void restoringTheSameRecordTwiceCountsItOnce() {
        RollupMetrics source = TestExecutions.recorded(TestExecutions.random(11, 200, Duration.ofMinutes(30), "a", "b"));
        List<RollupRecord> records = source.drainDirty();

        metrics.restore(records);
        metrics.restore(records);

        SnapshotAssert.assertSameFigures(metrics.snapshot(MetricsFilter.all()), source.snapshot(MetricsFilter.all()));
        assertThat(metrics.drainDirty()).as("restored rollups are already stored").isEmpty();
    }

    @Test
    void recordingAfterARestoreAddsToTheRestoredMinute() {
        List<Execution> executions = TestExecutions.random(12, 400, Duration.ofMinutes(20), "a", "b");
        RollupMetrics firstHalf = TestExecutions.recorded(executions.subList(0, 200));

        metrics.restore(firstHalf.drainDirty());
        executions.subList(200, 400).forEach(metrics::record);

        SnapshotAssert.assertSameFigures(metrics.snapshot(MetricsFilter.all()),
                TestExecutions.recorded(executions).snapshot(MetricsFilter.all()));
        assertThat(metrics.drainDirty()).isNotEmpty();
    }

    @Test
    void aRestoreReplacesWhatItsMinuteHeld() {
        metrics.record(ok("planner", T0, Duration.ofSeconds(1), "gpt-4o", 1));
        List<RollupRecord> stored = metrics.drainDirty();
        metrics.record(ok("planner", T0.plusSeconds(1), Duration.ofSeconds(1), "gpt-4o", 1));

        metrics.restore(stored);

        assertThat(metrics.snapshot(MetricsFilter.all()).total().executions()).isEqualTo(1);
        assertThat(metrics.drainDirty()).as("the minute now equals what is stored").isEmpty();
    }

    @Test
    void dayTotalsGiveTheFiguresOfEveryMinuteOfTheirDays() {
        List<Execution> executions = new ArrayList<>(TestExecutions.random(14, 3_000, Duration.ofHours(60), "a", "b", "c"));
        executions.add(failed("a", T0.plusSeconds(3_600), Duration.ofSeconds(30), ErrorKind.RATE_LIMIT));
        RollupMetrics source = TestExecutions.recorded(executions);
        List<RollupRecord> minutes = source.drainDirty();

        List<RollupRecord> totals = source.dayTotals(minutes);
        RollupMetrics fromTotals = new RollupMetrics(SnapshotAssert.CLOCK);
        fromTotals.restore(totals);

        assertThat(totals).allSatisfy(t -> assertThat(Math.floorMod(t.minute(), 1_440)).isZero());
        assertThat(totals).as("three agents over parts of three UTC days").hasSize(3 * 3);
        DashboardSnapshot expected = source.snapshot(MetricsFilter.all());
        DashboardSnapshot actual = fromTotals.snapshot(MetricsFilter.all());
        assertThat(actual.total()).isEqualTo(expected.total());
        assertThat(actual.agents()).isEqualTo(expected.agents());
        assertThat(actual.models()).isEqualTo(expected.models());
        assertThat(fromTotals.span()).isEqualTo(source.span());
        assertThat(source.dayTotals(minutes.subList(0, 1))).as("only the days of the minutes given").hasSize(1);
    }

    @Test
    void aDamagedRecordChangesNothing() {
        RollupMetrics source = TestExecutions.recorded(TestExecutions.random(13, 50, Duration.ofMinutes(5), "a"));
        List<RollupRecord> records = new ArrayList<>(source.drainDirty());
        records.add(new RollupRecord("a", 1, new byte[] {RollupCodec.VERSION, 1}));

        assertThatThrownBy(() -> metrics.restore(records)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agent 'a'");
        assertThat(metrics.version()).isZero();
        assertThat(metrics.snapshot(MetricsFilter.all()).total().executions()).isZero();
    }
}
