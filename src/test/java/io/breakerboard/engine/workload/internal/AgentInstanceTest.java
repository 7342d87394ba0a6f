package io.breakerboard.engine.workload.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.workload.InstanceLoad;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Outcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgentInstanceTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final AgentInstance instance = new AgentInstance("sre-triage", 2, 1, clock);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            instance.acquire();
            instance.release(false);
        }
    }

    @Test
    void fiveInfrastructureFailuresInARowTakeItOutForTheCoolDownOnTheClock() {
        fail(AgentInstance.FAILURES_TO_UNHEALTHY - 1);
        assertThat(instance.healthy()).isTrue();
        fail(1);
        assertThat(instance.healthy()).isFalse();
        assertThat(instance.available()).isFalse();
        clock.advance(AgentInstance.COOL_DOWN.minusMillis(1));
        assertThat(instance.healthy()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(instance.healthy()).isTrue();
    }

    @Test
    void oneHealthyExecutionClearsTheRunOfFailures() {
        fail(4);
        instance.acquire();
        instance.release(true);
        fail(4);
        assertThat(instance.healthy()).isTrue();
    }

    @Test
    void itTakesExecutionsUpToItsCapacityAndCountsThem() {
        instance.capacity(2);
        instance.acquire();
        assertThat(instance.available()).isTrue();
        instance.acquire();
        assertThat(instance.available()).isFalse();
        instance.release(true);
        InstanceLoad load = instance.load();
        assertThat(load).isEqualTo(new InstanceLoad("sre-triage#2", "sre-triage", 1, 2, true, 2));
        assertThatThrownBy(() -> instance.capacity(0)).hasMessage("capacity of sre-triage#2 must be at least 1, got 0");
    }

    @Test
    void aHandMarkedDownInstanceStaysOutUntilMarkedUp() {
        instance.markDown(true);
        clock.advance(Duration.ofHours(1));
        assertThat(instance.healthy()).isFalse();
        instance.markDown(false);
        assertThat(instance.healthy()).isTrue();
    }

    @Test
    void onlyUnavailableModelsOrToolsSpeakAgainstAnInstance() {
        assertThat(AgentInstance.infrastructureFailure(Outcome.FAILURE, ErrorKind.TIMEOUT)).isTrue();
        assertThat(AgentInstance.infrastructureFailure(Outcome.FAILURE, ErrorKind.CIRCUIT_OPEN)).isTrue();
        assertThat(AgentInstance.infrastructureFailure(Outcome.FAILURE, ErrorKind.MODEL_ERROR)).isTrue();
        assertThat(AgentInstance.infrastructureFailure(Outcome.FAILURE, ErrorKind.PERMISSION_DENIED)).isFalse();
        assertThat(AgentInstance.infrastructureFailure(Outcome.FAILURE, ErrorKind.LOOP_DETECTED)).isFalse();
        assertThat(AgentInstance.infrastructureFailure(Outcome.PARTIAL, ErrorKind.TIMEOUT)).isFalse();
        assertThat(AgentInstance.infrastructureFailure(Outcome.FAILURE, null)).isFalse();
        assertThatThrownBy(() -> new AgentInstance("a", 1, 0, clock)).hasMessage("weight of a#1 must be at least 1, got 0");
    }
}
