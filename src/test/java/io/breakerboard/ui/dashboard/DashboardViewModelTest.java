package io.breakerboard.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.testsupport.MutableClock;
import io.breakerboard.ui.FxScheduler;
import io.breakerboard.ui.testing.ExecutionGenerator;
import io.breakerboard.ui.testing.FakeWorkspace;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final FakeWorkspace workspace = new FakeWorkspace(clock, Runnable::run);
    private final SnapshotRefresher refresher = new SnapshotRefresher(workspace, clock, FxScheduler.direct(), FilterSpec.of(RangeChoice.ALL));
    private final DashboardViewModel vm = new DashboardViewModel(refresher);

    DashboardViewModelTest() {
        ExecutionGenerator generator = new ExecutionGenerator(11);
        workspace.add(generator.generate(40, clock.instant(), Duration.ofMinutes(30)));
        workspace.add(generator.generate(60, clock.instant().minus(Duration.ofHours(3)), Duration.ofHours(20)));
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
        assertThat(workspace.execution(first.key())).get().matches(e -> !e.succeeded());
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
