package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.format.gemini.GeminiCliFormat;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GeminiCliFormatTest {
    private final GeminiCliFormat format = new GeminiCliFormat();

    @Test
    void aNegativeTokenCountIsKeptForTheRangeCheckToRefuseNotMadeZero() throws Exception {
        String text = Parsed.text("gemini-cli/session.json").replace("\"input\": 1000", "\"input\": -1000");

        Execution e = Parsed.text(format, text).only();

        assertThat(io.breakerboard.model.ValueRanges.problem(e)).contains("input_tokens");
    }

    @Test
    void aSessionIsOneExecutionWithThoughtsModelCallsAndToolCallsAsSteps() throws Exception {
        Execution e = Parsed.fixture(format, "gemini-cli/session.json").only();

        assertThat(e.key()).isEqualTo("gemini-cli:2c9e7a51-0d3b-4f6e-9a8c-1b2d3e4f5a6b");
        assertThat(e.agent()).isEqualTo("gemini-cli");
        assertThat(e.model()).isEqualTo("gemini-2.5-pro");
        assertThat(e.task()).isEqualTo("Delete the build folder");
        assertThat(e.startedAt()).isEqualTo(Instant.parse("2025-11-02T10:00:00Z"));
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(70));
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.REASONING, StepKind.LLM_CALL,
                StepKind.TOOL_CALL, StepKind.LLM_CALL, StepKind.API_ERROR);
        assertThat(e.iterations()).isEqualTo(2);
    }

    @Test
    void tokensAddToolPromptsToInputAndThoughtsToOutputSoTheyMakeTheStatedTotal() throws Exception {
        Execution e = Parsed.fixture(format, "gemini-cli/session.json").only();

        assertThat(e.steps().get(1).inputTokens()).isEqualTo(1005);
        assertThat(e.steps().get(1).outputTokens()).isEqualTo(50);
        assertThat(e.inputTokens()).isEqualTo(2105);
        assertThat(e.outputTokens()).isEqualTo(62);
        assertThat(e.costMicros()).as("the session states no cost").isZero();
    }

    @Test
    void modelCallsAreTimedFromTheMessageOrToolResultBeforeThem() throws Exception {
        Execution e = Parsed.fixture(format, "gemini-cli/session.json").only();

        assertThat(e.steps().get(1).duration()).isEqualTo(Duration.ofSeconds(4));
        assertThat(e.steps().get(2).duration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(e.steps().get(3).duration()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aToolCallWithStatusErrorFailsWithTheKindItsOutputNames() throws Exception {
        Execution e = Parsed.fixture(format, "gemini-cli/session.json").only();
        Step tool = e.steps().get(2);

        assertThat(tool.name()).isEqualTo("run_shell_command");
        assertThat(tool.failed()).isTrue();
        assertThat(tool.errorKind()).isEqualTo(ErrorKind.PERMISSION_DENIED);
        assertThat(e.toolCalls()).isEqualTo(1);
        assertThat(e.toolFailures()).isEqualTo(1);
    }

    @Test
    void anErrorAsTheSessionsLastMessageFailsTheSession() throws Exception {
        Execution e = Parsed.fixture(format, "gemini-cli/session.json").only();

        assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(e.errorKind()).isEqualTo(ErrorKind.MODEL_ERROR);
        assertThat(e.errorMessage()).contains("overloaded");
    }

    @Test
    void isDetectedFromContentAndNotTakenForAnotherFormat() {
        assertThat(Parsed.detect(Formats.all(), Parsed.sample("x.dat", Parsed.text("gemini-cli/session.json"))).id())
                .isEqualTo("gemini-cli");
    }
}
