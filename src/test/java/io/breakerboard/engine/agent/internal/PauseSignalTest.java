package io.breakerboard.engine.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class PauseSignalTest {

    @Test
    void untilRequestedEveryCallBoundaryPasses() {
        PauseSignal pause = new PauseSignal();
        pause.check("exec-1");
        pause.check("exec-1");
        assertThat(pause.requested()).isFalse();
        assertThat(pause.paused()).isZero();
    }

    @Test
    void onceRequestedEachExecutionStopsAtItsNextBoundaryAndIsCounted() {
        PauseSignal pause = new PauseSignal();
        pause.request();
        assertThatThrownBy(() -> pause.check("exec-1"))
                .isInstanceOf(CancellationException.class)
                .isInstanceOf(ExecutionPaused.class)
                .hasMessage("execution exec-1 paused at a call boundary: the engine is closing");
        assertThatThrownBy(() -> pause.check("exec-2")).hasMessageContaining("exec-2");
        assertThat(pause.paused()).isEqualTo(2);
    }
}
