package io.breakerboard.metrics;

import static io.breakerboard.metrics.TestExecutions.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Recovery rate, throughput and the ranking score agree with a recomputation from the executions themselves. */
class AgentKpisTest {
    private static final List<Execution> EXECUTIONS =
            TestExecutions.random(16, 4_000, Duration.ofHours(6), "planner", "coder", "reviewer");

    @Test
    void recoveryRateIsTheShareOfRetriedExecutionsThatSucceeded() {
        DashboardSnapshot snapshot = TestExecutions.recorded(EXECUTIONS).snapshot(MetricsFilter.all());

        for (AgentStats agent : snapshot.agents()) {
            List<Execution> retried = of(agent.agent()).stream().filter(e -> e.retries() > 0).toList();
            long recovered = retried.stream().filter(Execution::succeeded).count();
            assertThat(retried).as("the fixture retries some executions of " + agent.agent()).isNotEmpty();
            assertThat(recovered).as("and not every retried one succeeds").isLessThan(retried.size());
            assertThat(agent.recoveryRate()).hasValueCloseTo((double) recovered / retried.size(), within(1e-12));
        }
        long allRetried = EXECUTIONS.stream().filter(e -> e.retries() > 0).count();
        long allRecovered = EXECUTIONS.stream().filter(e -> e.retries() > 0 && e.succeeded()).count();
        assertThat(snapshot.total().recoveryRate()).hasValueCloseTo((double) allRecovered / allRetried, within(1e-12));
    }

    @Test
    void withoutRetriesThereIsNoRecoveryRate() {
        RollupMetrics metrics = TestExecutions.recorded(List.of(
                TestExecutions.ok("planner", T0, Duration.ofSeconds(1), "gpt-4o", 10)));

        assertThat(metrics.snapshot(MetricsFilter.all()).total().recoveryRate()).isEmpty();
    }

    @Test
    void throughputCountsABoundedRangeWholeAndAllFromFirstStartToLastEnd() {
        RollupMetrics metrics = TestExecutions.recorded(EXECUTIONS);
        TimeRange twoHours = new TimeRange(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(3)));

        AgentStats ranged = metrics.snapshot(new MetricsFilter(twoHours, Set.of("coder"))).total();
        long inRange = of("coder").stream().filter(e -> twoHours.contains(e.startedAt())).count();
        assertThat(ranged.throughputPerMinute()).isCloseTo(inRange / 120.0, within(1e-9));

        AgentStats all = metrics.snapshot(MetricsFilter.all()).total();
        Instant first = EXECUTIONS.stream().map(Execution::startedAt).min(Instant::compareTo).orElseThrow();
        Instant last = EXECUTIONS.stream().map(Execution::endedAt).max(Instant::compareTo).orElseThrow();
        double minutes = Duration.between(first, last).toNanos() / 60e9;
        assertThat(all.throughputPerMinute()).isCloseTo(EXECUTIONS.size() / minutes, within(1e-6));
    }

    @Test
    void aSingleInstantExecutionCountsOverAtLeastAMinute() {
        RollupMetrics metrics = TestExecutions.recorded(List.of(
                TestExecutions.ok("planner", T0, Duration.ZERO, "gpt-4o", 10)));

        assertThat(metrics.snapshot(MetricsFilter.all()).total().throughputPerMinute()).isEqualTo(1.0);
    }

    @Test
    void rankingScoreIsSuccessRateOverAverageSecondsPlusOne() {
        DashboardSnapshot snapshot = TestExecutions.recorded(EXECUTIONS).snapshot(MetricsFilter.all());

        for (AgentStats agent : snapshot.agents()) {
            List<Execution> runs = of(agent.agent());
            double success = (double) runs.stream().filter(Execution::succeeded).count() / runs.size();
            double avgSeconds = runs.stream().mapToLong(e -> e.duration().toNanos()).average().orElseThrow() / 1e9;
            assertThat(agent.rankingScore()).isCloseTo(success * (1.0 / (avgSeconds + 1.0)), within(1e-6));
        }
    }

    @Test
    void rankingScoreHalvesAtOneSecondAndAtHalfTheRunsFailing() {
        Execution oneSecond = TestExecutions.ok("slow", T0, Duration.ofSeconds(1), "gpt-4o", 0);
        Execution instant = TestExecutions.ok("flaky", T0, Duration.ZERO, "gpt-4o", 0);
        RollupMetrics metrics = TestExecutions.recorded(List.of(oneSecond, instant,
                Execution.builder("other").agent("flaky").startedAt(T0).outcome(Outcome.FAILURE).build()));

        assertThat(metrics.snapshot(only("slow")).total().rankingScore()).isEqualTo(0.5);
        assertThat(metrics.snapshot(only("flaky")).total().rankingScore()).isEqualTo(0.5);
    }

    @Test
    void minutesStoredBeforeTheRecoveredCountLeaveRecoveryUnknownInsteadOfZero() {
        RollupMetrics written = TestExecutions.recorded(List.of(
                TestExecutions.ok("planner", T0, Duration.ofSeconds(1), "gpt-4o", 10).toBuilder().retries(2).build()));
        RollupRecord current = written.drainDirty().get(0);
        RollupRecord versionOne = new RollupRecord(current.agent(), current.minute(), asVersionOne(current.state()));

        RollupMetrics restored = new RollupMetrics(SnapshotAssert.CLOCK);
        restored.restore(List.of(versionOne));
        AgentStats total = restored.snapshot(MetricsFilter.all()).total();

        assertThat(total.retried()).isEqualTo(1);
        assertThat(total.recoveryRate()).isEmpty();
        restored.record(TestExecutions.failed("planner", T0.plusSeconds(5), Duration.ofSeconds(1),
                io.breakerboard.model.ErrorKind.TIMEOUT).toBuilder().retries(1).build());
        assertThat(restored.snapshot(MetricsFilter.all()).total().recoveryRate())
                .as("counted over the retried executions whose outcome is known").hasValue(0.0);
    }

    /** Version 1 is version 2 without the recovered count, the fifth number (a single byte here). */
    private static byte[] asVersionOne(byte[] v2) {
        int recoveredAt = 1 + 4;
        byte[] v1 = new byte[v2.length - 1];
        v1[0] = RollupCodec.VERSION_1;
        System.arraycopy(v2, 1, v1, 1, recoveredAt - 1);
        System.arraycopy(v2, recoveredAt + 1, v1, recoveredAt, v2.length - recoveredAt - 1);
        return v1;
    }

    private static MetricsFilter only(String agent) {
        return new MetricsFilter(TimeRange.ALL, Set.of(agent));
    }

    private static List<Execution> of(String agent) {
        Predicate<Execution> mine = e -> e.agent().equals(agent);
        return EXECUTIONS.stream().filter(mine).toList();
    }
}
