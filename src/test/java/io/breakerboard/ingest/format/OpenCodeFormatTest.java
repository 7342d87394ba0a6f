package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.format.opencode.OpenCodeFormat;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OpenCodeFormatTest {
    private final OpenCodeFormat format = new OpenCodeFormat();

    @Test
    void aNegativeCostIsKeptForTheRangeCheckToRefuseNotMadeZero() throws Exception {
        String text = Parsed.text("opencode/export.json").replace("\"cost\": 0.01", "\"cost\": -0.01");

        Execution e = Parsed.text(format, text).only();

        assertThat(io.breakerboard.model.ValueRanges.problem(e)).contains("cost_usd");
    }

    @Test
    void aNegativeTokenCountIsKeptForTheRangeCheckToRefuseNotMadeZero() throws Exception {
        String text = Parsed.text("opencode/export.json")
                .replace("\"read\": 1000, \"write\": 500", "\"read\": -1000, \"write\": 500");

        Execution e = Parsed.text(format, text).only();

        assertThat(io.breakerboard.model.ValueRanges.problem(e)).contains("input_tokens");
    }

    @Test
    void anExportIsOneExecutionAndEachFinishedStepIsAModelCall() throws Exception {
        Execution e = Parsed.fixture(format, "opencode/export.json").only();

        assertThat(e.key()).isEqualTo("opencode:ses_fixture");
        assertThat(e.agent()).isEqualTo("opencode");
        assertThat(e.model()).isEqualTo("claude-sonnet-4-5");
        assertThat(e.task()).isEqualTo("Fix the flaky login test");
        assertThat(e.startedAt()).isEqualTo(Instant.ofEpochMilli(1773000000000L));
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.REASONING, StepKind.TOOL_CALL,
                StepKind.LLM_CALL, StepKind.LLM_CALL, StepKind.LLM_CALL);
        assertThat(e.iterations()).isEqualTo(3);
    }

    @Test
    void cachedPromptTokensCountAsInputAndReasoningAsOutputAndTheMessageTotalIsNotCountedAgain() throws Exception {
        Execution e = Parsed.fixture(format, "opencode/export.json").only();

        assertThat(e.steps().get(2).inputTokens()).isEqualTo(1600);
        assertThat(e.steps().get(2).outputTokens()).isEqualTo(100);
        assertThat(e.inputTokens()).isEqualTo(2800);
        assertThat(e.outputTokens()).isEqualTo(200);
        assertThat(e.costMicros()).isEqualTo(30_000);
    }

    @Test
    void aToolInStateErrorIsAFailedToolCallWithItsOwnTimes() throws Exception {
        Step tool = Parsed.fixture(format, "opencode/export.json").only().steps().get(1);

        assertThat(tool.name()).isEqualTo("bash");
        assertThat(tool.failed()).isTrue();
        assertThat(tool.errorKind()).isEqualTo(ErrorKind.TOOL_ERROR);
        assertThat(tool.at()).isEqualTo(Instant.ofEpochMilli(1773000004000L));
        assertThat(tool.duration()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void anAbortedLastMessageLeavesTheSessionPartialAndCancelled() throws Exception {
        Execution e = Parsed.fixture(format, "opencode/export.json").only();

        assertThat(e.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(e.errorKind()).isEqualTo(ErrorKind.CANCELLED);
        assertThat(e.steps().get(4).failed()).isTrue();
    }

    @Test
    void isDetectedFromContentAndNotTakenForAnotherFormat() {
        assertThat(Parsed.detect(Formats.all(), Parsed.sample("x.dat", Parsed.text("opencode/export.json"))).id())
                .isEqualTo("opencode");
    }
}
