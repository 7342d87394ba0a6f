package io.breakerboard.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WaterfallTest {
    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    private static Execution execution() {
        return Execution.builder("e1").agent("coder").task("fix the bug").startedAt(T0).duration(Duration.ofSeconds(10))
                .addStep(Step.builder(StepKind.AGENT_START).at(T0).build())
                .addStep(Step.builder(StepKind.MEMORY_RECALL).at(T0.plusSeconds(1)).duration(Duration.ofSeconds(1))
                        .output("repo uses Java 17").build())
                .addStep(Step.builder(StepKind.LLM_CALL).at(T0.plusSeconds(2)).duration(Duration.ofSeconds(2))
                        .inputTokens(100).outputTokens(20).costMicros(1_500).build())
                .addStep(Step.builder(StepKind.TOOL_CALL).name("python").at(T0.plusSeconds(4)).build())
                .addStep(Step.builder(StepKind.TOOL_RESULT).name("python").at(T0.plusSeconds(7)).duration(Duration.ofSeconds(1))
                        .failed(true).output("exit code 2").build())
                .addStep(Step.builder(StepKind.AGENT_DONE).build())
                .build();
    }

    @Test
    void barsSitAtTheirStepsShareOfTheExecution() {
        Waterfall w = Waterfall.of(execution());

        StepRow llm = w.rows().get(2);
        assertThat(llm.offset()).isEqualTo(Duration.ofSeconds(2));
        assertThat(llm.barStart()).isCloseTo(0.2, within(1e-9));
        assertThat(llm.barWidth()).isCloseTo(0.2, within(1e-9));
        assertThat(llm.tokens()).isEqualTo(120);
    }

    @Test
    void aStepWithoutATimeStartsWhereThePreviousEnded() {
        Waterfall w = Waterfall.of(execution());

        assertThat(w.rows().get(5).offset()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void aToolCallsLatencyRunsToTheEndOfItsResult() {
        Waterfall w = Waterfall.of(execution());

        assertThat(w.rows().get(3).toolLatency()).isEqualTo(Duration.ofSeconds(4));
        assertThat(w.rows().get(2).toolLatency()).isNull();
        assertThat(w.rows().get(4).failed()).isTrue();
    }

    @Test
    void eachReplayFrameCarriesTheTaskTheLatestMemoryAndTheRunningTotals() {
        Waterfall w = Waterfall.of(execution());

        ReplayFrame start = w.frame(0);
        ReplayFrame late = w.frame(4);

        assertThat(start.memory()).isNull();
        assertThat(start.task()).isEqualTo("fix the bug");
        assertThat(late.memory()).isEqualTo("repo uses Java 17");
        assertThat(late.tokensSoFar()).isEqualTo(120);
        assertThat(late.costSoFarMicros()).isEqualTo(1_500);
        assertThat(late.step().output()).isEqualTo("exit code 2");
    }
}
