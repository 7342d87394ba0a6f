package io.breakerboard.ui.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.sim.SystemEngineClock;
import io.breakerboard.service.LocalEngine;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.testing.FakeData;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Engine tab's words when the one engine runs traffic it did not start. */
class EngineViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final LocalEngine engine = new FakeData().engine(new SystemEngineClock());
    private final EngineViewModel vm = new EngineViewModel(engine, UiExecutor.direct());

    @AfterEach
    void close() {
        engine.close();
    }

    private static EngineStats stats(boolean running, long completed) {
        return new EngineStats(running, NOW, running ? 3 : 0, completed + 3, completed, completed, 0, 0, completed, 0, 0, 0,
                EngineStats.MemoryBenefit.NONE, java.util.List.of());
    }

    @Test
    void trafficStartedElsewhereIsAnExperimentsAndTheTabSaysWhereToStopIt() {
        assertThat(vm.statusProperty().get()).isEqualTo(EngineViewModel.IDLE);

        vm.apply(stats(true, 4));

        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo(EngineViewModel.OTHER_TRAFFIC).contains("Chaos tab");

        vm.apply(stats(false, 40));

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo(EngineViewModel.IDLE);
        assertThat(vm.completedProperty().get()).isEqualTo(40);
    }

    @Test
    void perMinuteFollowsTheWorkloadWhileTheFirstMinuteFills() {
        // 60 per minute: one start a second, while executions take ~20 s so few have finished yet.
        vm.apply(new EngineStats(true, NOW, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, EngineStats.MemoryBenefit.NONE, java.util.List.of()));
        vm.apply(new EngineStats(true, NOW.plusSeconds(20), 18, 20, 2, 2, 0, 0, 2, 0, 0, 0, EngineStats.MemoryBenefit.NONE, java.util.List.of()));

        assertThat(vm.perMinuteProperty().get()).isEqualTo(60);

        vm.apply(new EngineStats(true, NOW.plusSeconds(90), 20, 90, 70, 70, 0, 0, 58, 0, 0, 0, EngineStats.MemoryBenefit.NONE, java.util.List.of()));

        assertThat(vm.perMinuteProperty().get()).as("a whole minute: the finished ones").isEqualTo(58);
    }
}
