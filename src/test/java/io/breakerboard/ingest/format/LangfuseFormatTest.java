package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.format.langfuse.LangfuseFormat;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LangfuseFormatTest {
    private final LangfuseFormat format = new LangfuseFormat();

    @Test
    void aTraceDownloadIsOneExecutionWithObservationsAsSteps() throws Exception {
        Execution e = Parsed.fixture(format, "langfuse/trace.json").only();

        assertThat(e.key()).isEqualTo("langfuse:lf-trace-1");
        assertThat(e.agent()).as("gen_ai.agent.name in the observation metadata").isEqualTo("support-bot");
        assertThat(e.userId()).isEqualTo("user-9");
        assertThat(e.sessionId()).isEqualTo("sess-9");
        assertThat(e.task()).isEqualTo("Cancel my order 77");
        assertThat(e.startedAt()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
        assertThat(e.duration()).as("the trace's latency").isEqualTo(Duration.ofSeconds(6));
        assertThat(e.steps()).extracting(Step::kind)
                .containsExactly(StepKind.LLM_CALL, StepKind.TOOL_CALL, StepKind.LLM_CALL, StepKind.EVENT);
    }

    @Test
    void generationsCarryModelUsageAndCostInOldAndNewShapes() throws Exception {
        Execution e = Parsed.fixture(format, "langfuse/trace.json").only();

        Step first = e.steps().get(0);
        assertThat(first.name()).isEqualTo("gpt-4o");
        assertThat(first.inputTokens()).isEqualTo(300);
        assertThat(first.outputTokens()).isEqualTo(40);
        assertThat(first.costMicros()).isEqualTo(1150);
        Step second = e.steps().get(2);
        assertThat(second.inputTokens()).as("legacy 'usage'").isEqualTo(350);
        assertThat(second.costMicros()).as("calculatedTotalCost").isEqualTo(1000);
        assertThat(e.inputTokens()).isEqualTo(650);
        assertThat(e.outputTokens()).isEqualTo(65);
        assertThat(e.costMicros()).isEqualTo(2150);
        assertThat(e.model()).isEqualTo("gpt-4o");
    }

    @Test
    void levelErrorFailsTheObservationAndAWarningDoesNot() throws Exception {
        Execution e = Parsed.fixture(format, "langfuse/trace.json").only();

        Step tool = e.steps().get(1);
        assertThat(tool.failed()).isTrue();
        assertThat(tool.errorKind()).isEqualTo(ErrorKind.PERMISSION_DENIED);
        assertThat(tool.output()).contains("belongs to another account");
        assertThat(e.steps().get(3).failed()).isFalse();
        assertThat(e.toolFailures()).isEqualTo(1);
        assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void anObservationWithoutStartTimeIsRejected() throws Exception {
        Parsed p = Parsed.fixture(format, "langfuse/trace.json");

        assertThat(p.rejects()).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("'broken'", "startTime");
            assertThat(r.raw()).contains("obs-bad");
        });
    }

    @Test
    void aListOfTracesImportsEachAndRejectsWhatIsNoTrace() throws Exception {
        Parsed p = Parsed.fixture(format, "langfuse/list.json");

        assertThat(p.keys()).containsExactly("langfuse:lf-trace-2", "langfuse:lf-trace-3");
        Execution failed = p.execution("langfuse:lf-trace-2");
        assertThat(failed.outcome()).as("its only, root, generation failed").isEqualTo(Outcome.FAILURE);
        assertThat(failed.errorKind()).isEqualTo(ErrorKind.MODEL_ERROR);
        assertThat(failed.inputTokens()).isEqualTo(20);
        Execution empty = p.execution("langfuse:lf-trace-3");
        assertThat(empty.steps()).isEmpty();
        assertThat(empty.duration()).isEqualTo(Duration.ofMillis(500));
        assertThat(p.rejects()).singleElement().satisfies(r -> assertThat(r.reason()).contains("no 'trace'"));
    }

    @Test
    void jsonWithoutAnyTraceIsRefusedAsAWhole() {
        assertThatThrownBy(() -> Parsed.text(format, "{\"observations\": 3}"))
                .isInstanceOf(MalformedLogException.class).hasMessageContaining("no Langfuse trace");
        assertThatThrownBy(() -> Parsed.text(format, "{\"trace\": {"))
                .isInstanceOf(MalformedLogException.class).hasMessageContaining("not valid JSON");
    }
}
