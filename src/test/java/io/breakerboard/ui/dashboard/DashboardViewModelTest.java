package io.breakerboard.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.testsupport.MutableClock;
import io.breakerboard.ui.FxScheduler;
import io.breakerboard.ui.testing.ExecutionGenerator;
import io.breakerboard.ui.testing.FakeAlerting;
import io.breakerboard.ui.testing.FakeChaosControl;
import io.breakerboard.ui.testing.FakeDashboards;
import io.breakerboard.ui.testing.FakeData;
import io.breakerboard.ui.testing.FakeQueries;
import io.breakerboard.ui.testing.TestTimers;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final FakeData data = new FakeData();
    private final FakeDashboards dashboards = new FakeDashboards(data, clock);
    private final FakeQueries queries = new FakeQueries(data);
    private final FakeAlerting alerting = new FakeAlerting();
    private final SnapshotRefresher refresher = new SnapshotRefresher(dashboards, queries, alerting,
            new FakeChaosControl(clock.instant()), clock, FxScheduler.direct(), FilterSpec.of(RangeChoice.ALL),
            TestTimers.idle(), TestTimers.inline());
    private final DashboardViewModel vm = new DashboardViewModel(refresher);

    DashboardViewModelTest() {
        ExecutionGenerator generator = new ExecutionGenerator(11);
        data.add(generator.generate(40, clock.instant(), Duration.ofMinutes(30)));
        data.add(generator.generate(60, clock.instant().minus(Duration.ofHours(3)), Duration.ofHours(20)));
    }

    @Test
    void theHeadlineCountsExecutionsSuccessAndCost() {
        refresher.tick();

        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.executionsProperty().get()).isEqualTo(100);
        assertThat(vm.headlineProperty().get()).startsWith("All time: 100 executions | ").contains("% success | $");
        assertThat(vm.p95Property().get()).endsWith(" s");
    }

    @Test
    void choosingAShorterRangeShowsOnlyItsExecutions() {
        refresher.tick();
        vm.selectRange(RangeChoice.LAST_HOUR);
        refresher.tick();

        assertThat(vm.executionsProperty().get()).isEqualTo(40);
        assertThat(vm.headlineProperty().get()).startsWith("Last hour: 40 executions");
    }

    @Test
    void aRangeWithNothingInItSaysSo() {
        vm.selectCustomRange(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-01-02T00:00:00Z"));
        refresher.tick();

        assertThat(vm.executionsProperty().get()).isZero();
        assertThat(vm.emptyMessageProperty().get()).isEqualTo("No executions in this range");
        assertThat(vm.failures()).isEmpty();
        assertThat(vm.agentRows()).isEmpty();
    }

    @Test
    void tickingAgentsNarrowsTheTableToThem() {
        vm.toggleAgent("coder", true);
        vm.toggleAgent("planner", true);
        refresher.tick();

        assertThat(vm.agentRows()).extracting(AgentRow::agent).containsExactlyInAnyOrder("coder", "planner");
        assertThat(vm.knownAgents()).containsAll(ExecutionGenerator.AGENTS);

        vm.showAgents(Set.of());
        refresher.tick();
        assertThat(vm.agentRows()).hasSize(ExecutionGenerator.AGENTS.size());
    }

    @Test
    void tickingAPatternCountsOnlyItsExecutionsAndTheFilterOffersTheEnginesPatterns() {
        data.add(java.util.stream.IntStream.range(0, 9).mapToObj(i -> io.breakerboard.model.Execution
                .builder("pattern-" + i).agent("coder").startedAt(clock.instant().minusSeconds(i))
                .pattern(i < 6 ? "voting" : "state_machine").build()).toList());
        refresher.tick();
        assertThat(vm.executionsProperty().get()).isEqualTo(109);

        vm.showPatterns(Set.of("voting"));
        refresher.tick();

        assertThat(vm.executionsProperty().get()).isEqualTo(6);
        assertThat(vm.knownPatterns()).contains("sequential", "hierarchical", "iterative", "state_machine", "voting");
    }

    @Test
    void theMonthIsProjectedFromItsCostSoFarAtItsRateSoFar() {
        MutableClock october = new MutableClock(Instant.parse("2024-10-11T00:00:00Z"));
        FakeData w = new FakeData();
        for (int day = 1; day <= 10; day++) {
            w.add(java.util.List.of(io.breakerboard.model.Execution.builder("oct-" + day).agent("coder")
                    .startedAt(Instant.parse("2024-10-01T08:00:00Z").plus(Duration.ofDays(day - 1)))
                    .costMicros(1_000_000).build()));
        }
        w.add(java.util.List.of(io.breakerboard.model.Execution.builder("september").agent("coder")
                .startedAt(Instant.parse("2024-09-30T08:00:00Z")).costMicros(50_000_000).build()));
        SnapshotRefresher r = new SnapshotRefresher(new FakeDashboards(w, october), new FakeQueries(w), new FakeAlerting(),
                new FakeChaosControl(october.instant()), october, FxScheduler.direct(), FilterSpec.of(RangeChoice.LAST_HOUR),
            TestTimers.idle(), TestTimers.inline());
        DashboardViewModel model = new DashboardViewModel(r);

        r.tick();

        // $10 in the first 10 days of October: $1 a day, 21 days left.
        assertThat(model.projectedProperty().get()).isEqualTo("$31.00");
        assertThat(model.projectionFormulaProperty().get()).contains("= $10.00 + $1.00/day × 21.0 days = $31.00")
                .contains("over the 10.0 days since the month began");
    }

    @Test
    void failuresOfAnotherFilterAreNotShownWhileTheNewOnesAreRead() {
        TestTimers.Queued details = TestTimers.queued();
        SnapshotRefresher r = new SnapshotRefresher(dashboards, queries, alerting, new FakeChaosControl(clock.instant()),
                clock, FxScheduler.direct(), FilterSpec.of(RangeChoice.ALL), TestTimers.idle(), details);
        DashboardViewModel model = new DashboardViewModel(r);
        r.tick();
        assertThat(model.loadedProperty().get()).as("the figures show before the failures are read").isTrue();
        assertThat(model.failuresReadingProperty().get()).isTrue();
        assertThat(model.detailsReadProperty().get()).isFalse();
        details.runPending();
        assertThat(model.failures()).isNotEmpty();
        assertThat(model.failuresReadingProperty().get()).isFalse();
        assertThat(model.detailsReadProperty().get()).isTrue();

        model.toggleAgent("coder", true);
        r.tick();

        assertThat(model.agentRows()).extracting(AgentRow::agent).containsOnly("coder");
        assertThat(model.failures()).as("all agents' failures would pass for coder's").isEmpty();
        assertThat(model.failuresReadingProperty().get()).isTrue();
        details.runPending();
        assertThat(model.failures()).extracting(FailureRow::agent).containsOnly("coder");
        assertThat(model.failuresReadingProperty().get()).isFalse();
    }

    @Test
    void aRefreshWithTheSameRowsLeavesTheTablesAlone() {
        refresher.tick();
        java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        vm.failures().addListener((javafx.collections.ListChangeListener<FailureRow>) c -> changes.incrementAndGet());
        vm.agentRows().addListener((javafx.collections.ListChangeListener<AgentRow>) c -> changes.incrementAndGet());

        vm.refresh();
        refresher.tick();

        assertThat(vm.failures()).isNotEmpty();
        assertThat(changes).as("a selected failure row stays selected across refreshes").hasValue(0);
    }

    @Test
    void agentsAreRankedByTheirAttentionScore() {
        refresher.tick();

        assertThat(vm.agentRows()).isSortedAccordingTo(Comparator.comparingDouble(AgentRow::score).reversed());
    }

    @Test
    void recentFailuresAreNewestFirstAndCarryWhatOpensTheirTrace() {
        refresher.tick();

        assertThat(vm.failures()).isNotEmpty();
        assertThat(vm.failures()).isSortedAccordingTo(Comparator.comparing(FailureRow::time).reversed());
        FailureRow first = vm.failures().get(0);
        assertThat(queries.execution(first.key())).get().matches(e -> !e.succeeded());
        assertThat(first.errorType()).isNotBlank();
    }

    @Test
    void dataTakenUnderAnOlderFilterIsNotShown() {
        refresher.tick();
        DashboardData old = vm.dataProperty().get();
        vm.selectRange(RangeChoice.LAST_15_MIN);

        vm.apply(old);

        assertThat(vm.dataProperty().get()).isSameAs(old);
        assertThat(vm.specProperty().get().choice()).isEqualTo(RangeChoice.LAST_15_MIN);
        refresher.tick();
        assertThat(vm.dataProperty().get().spec().choice()).isEqualTo(RangeChoice.LAST_15_MIN);
    }
}
