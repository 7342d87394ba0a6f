package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.format.langsmith.LangSmithFormat;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LangSmithFormatTest {
    private final LangSmithFormat format = new LangSmithFormat();

    @Test
    void patchesAreMergedIntoTheirPostedRunsAndChildRunsBecomeSteps() throws Exception {
        Execution e = Parsed.fixture(format, "langsmith/payload.json").execution("langsmith:run-root");

        assertThat(e.agent()).isEqualTo("RefundAgent");
        assertThat(e.duration()).as("end_time came in the patch").isEqualTo(Duration.ofSeconds(4));
        assertThat(e.task()).isEqualTo("Refund order 12");
        assertThat(e.sessionId()).isEqualTo("thread-5");
        assertThat(e.userId()).isEqualTo("u-5");
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.LLM_CALL, StepKind.TOOL_CALL);
        assertThat(e.steps().get(0).name()).isEqualTo("gpt-4o-mini");
        assertThat(e.inputTokens()).isEqualTo(90);
        assertThat(e.outputTokens()).isEqualTo(12);
        Step tool = e.steps().get(1);
        assertThat(tool.failed()).isTrue();
        assertThat(tool.errorKind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(e.outcome()).as("the root run has no error").isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void aPatchWithoutIdMatchesTheOnlyPostOfItsTraceAndEpochMillisAreTimes() throws Exception {
        Execution e = Parsed.fixture(format, "langsmith/payload.json").execution("langsmith:run-solo");

        assertThat(e.startedAt()).isEqualTo(Instant.ofEpochMilli(1743494400000L));
        assertThat(e.duration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(e.model()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(e.inputTokens()).isEqualTo(33);
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.LLM_CALL);
    }

    @Test
    void aPatchForNoPostedRunIsRejected() throws Exception {
        Parsed p = Parsed.fixture(format, "langsmith/payload.json");

        assertThat(p.rejects()).singleElement().satisfies(r -> assertThat(r.reason()).contains("run-ghost",
                "matches no posted run"));
    }

    @Test
    void aPlainRunListIsGroupedByTraceAndTheRootErrorFailsIt() throws Exception {
        Parsed p = Parsed.fixture(format, "langsmith/runs.json");

        Execution e = p.only();
        assertThat(e.key()).isEqualTo("langsmith:t-list");
        assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(e.errorKind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.MEMORY_RECALL, StepKind.LLM_CALL);
        assertThat(e.model()).isEqualTo("claude-3-haiku");
        assertThat(e.inputTokens()).isEqualTo(15);
        assertThat(e.outputTokens()).isEqualTo(6);
        assertThat(e.costMicros()).isEqualTo(300);
        assertThat(p.rejects()).singleElement().satisfies(r -> assertThat(r.reason()).contains("'no time'",
                "start_time"));
    }

    @Test
    void aSingleRunObjectIsAccepted() throws Exception {
        Execution e = Parsed.text(format, "{\"id\":\"x\",\"name\":\"t\",\"run_type\":\"tool\","
                + "\"start_time\":\"2025-01-01T00:00:00Z\",\"end_time\":\"2025-01-01T00:00:01Z\"}").only();

        assertThat(e.key()).isEqualTo("langsmith:x");
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.TOOL_CALL);
    }

    @Test
    void jsonWithoutRunsIsRefusedAsAWhole() {
        assertThatThrownBy(() -> Parsed.text(format, "{\"hello\": 1}"))
                .isInstanceOf(MalformedLogException.class).hasMessageContaining("no LangSmith run");
    }
}
