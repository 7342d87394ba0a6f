package io.breakerboard.ui.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.chaos.ActiveFault;
import io.breakerboard.chaos.FaultEvent;
import io.breakerboard.chaos.FaultKind;
import io.breakerboard.chaos.FaultTarget;
import io.breakerboard.ui.FxScheduler;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.testing.FakeChaosControl;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChaosViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final FakeChaosControl chaos = new FakeChaosControl(NOW);
    private final UiExecutor ui = UiExecutor.direct();
    private final List<String> told = new ArrayList<>();
    private final ChaosViewModel vm = new ChaosViewModel(chaos, ui);

    {
        ui.onMessage(told::add);
    }

    private FaultControlModel control(FaultKind kind) {
        return vm.controls().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void thereIsOneControlPerFaultAimedWhereItCanReach() {
        assertThat(vm.controls()).extracting(FaultControlModel::kind).containsExactly(FaultKind.values());
        assertThat(control(FaultKind.TOOL_DOWN).targetChoices()).noneMatch(t -> t.toString().startsWith("model:"))
                .contains(FaultTarget.tool("get_pod_logs"), FaultTarget.agent("sre-triage"), FaultTarget.ALL);
        assertThat(control(FaultKind.MODEL_OUTAGE).targetChoices()).noneMatch(t -> t.toString().startsWith("tool:"));
        assertThat(control(FaultKind.MODEL_OUTAGE).targetProperty().get().toString()).startsWith("model:");
        assertThat(control(FaultKind.ERROR_RATE).percentProperty().get()).isEqualTo(25);
    }

    @Test
    void injectingAFaultListsItWithItsTimeLeftAndTheTimelineShowsItsStart() {
        FaultControlModel latency = control(FaultKind.LATENCY);
        latency.targetProperty().set(FaultTarget.model("swift-mini"));
        latency.latencyMillisProperty().set(1500);
        latency.jitterMillisProperty().set(100);
        latency.durationSecondsProperty().set(90);

        vm.inject(latency);

        assertThat(vm.active()).singleElement().satisfies(a -> {
            assertThat(a.spec().describe()).isEqualTo("Added latency +1500 ms ± 100 ms on model swift-mini, 100 % of calls, for 1 min 30 s");
            assertThat(a.timeLeft()).isEqualTo(Duration.ofSeconds(90));
        });
        assertThat(vm.activeCountProperty().get()).isEqualTo(1);
        assertThat(vm.timeline()).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(FaultEvent.Type.STARTED));
        assertThat(told).last().asString().startsWith("Injected Added latency").endsWith("once engine traffic runs");

        chaos.advance(Duration.ofSeconds(30));
        new ChaosPoller(vm, FxScheduler.direct()).tick();
        assertThat(vm.active().get(0).timeLeft()).isEqualTo(Duration.ofSeconds(60));

        chaos.advance(Duration.ofSeconds(61));
        new ChaosPoller(vm, FxScheduler.direct()).tick();
        assertThat(vm.active()).isEmpty();
        assertThat(vm.timeline()).extracting(FaultEvent::type).containsExactly(FaultEvent.Type.ENDED, FaultEvent.Type.STARTED);
    }

    @Test
    void aValueOutOfRangeIsToldAndNothingIsInjected() {
        FaultControlModel rate = control(FaultKind.ERROR_RATE);
        rate.percentProperty().set(0);

        vm.inject(rate);

        assertThat(vm.active()).isEmpty();
        assertThat(told).containsExactly("Error rate: percent must be above 0 and at most 100, got 0");
    }

    @Test
    void removeTakesOneFaultAwayAndStopAllTheRest() {
        vm.inject(control(FaultKind.TOOL_DOWN));
        vm.inject(control(FaultKind.HANG));
        vm.inject(control(FaultKind.MODEL_OUTAGE));
        String first = vm.active().get(0).id();

        vm.remove(first);
        assertThat(vm.active()).extracting(ActiveFault::id).doesNotContain(first).hasSize(2);

        vm.stopAll();
        assertThat(vm.active()).isEmpty();
        assertThat(told).last().isEqualTo("Stopped 2 faults; every call is back to normal");
        assertThat(vm.timeline()).filteredOn(e -> e.type() == FaultEvent.Type.ENDED).extracting(FaultEvent::reason)
                .containsExactly(FaultEvent.EndReason.STOPPED_ALL, FaultEvent.EndReason.STOPPED_ALL, FaultEvent.EndReason.REMOVED);
    }

    @Test
    void theHintSaysWhetherFaultsMeetTrafficNow() {
        vm.refresh();
        assertThat(vm.trafficTextProperty().get()).startsWith("The engine is idle");

        chaos.setTrafficRunning(true);
        vm.refresh();
        assertThat(vm.trafficProperty().get()).isTrue();
        assertThat(vm.trafficTextProperty().get()).startsWith("Engine traffic is running");
    }
}
