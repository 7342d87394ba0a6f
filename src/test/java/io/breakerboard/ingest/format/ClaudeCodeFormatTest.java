package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.format.claude.ClaudeCodeFormat;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClaudeCodeFormatTest {
    private static final String SESSION = "11111111-2222-4333-8444-555555555555";
    private final ClaudeCodeFormat format = new ClaudeCodeFormat();

    @Test
    void aSessionIsOneExecution() throws Exception {
        Execution e = Parsed.fixture(format, "claude-code/session.jsonl").only();

        assertThat(e.key()).isEqualTo("claude-code:" + SESSION);
        assertThat(e.agent()).isEqualTo("claude-code");
        assertThat(e.sessionId()).isEqualTo(SESSION);
        assertThat(e.task()).isEqualTo("Fix the failing checkout test");
        assertThat(e.model()).isEqualTo("claude-sonnet-4-5");
        assertThat(e.startedAt()).isEqualTo(Instant.parse("2025-06-01T10:00:00Z"));
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(25));
        assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(e.iterations()).isEqualTo(3);
    }

    @Test
    void aResponseSplitOverSeveralRecordsIsOneModelCallWithItsUsageCountedOnce() throws Exception {
        Execution e = Parsed.fixture(format, "claude-code/session.jsonl").only();

        Step first = e.steps().get(1);
        assertThat(first.kind()).isEqualTo(StepKind.LLM_CALL);
        assertThat(first.inputTokens()).as("input + cache creation + cache read").isEqualTo(1210);
        assertThat(first.outputTokens()).as("the last, complete count").isEqualTo(80);
        assertThat(first.duration()).as("since the user's prompt").isEqualTo(Duration.ofSeconds(4));
        assertThat(e.steps().subList(2, 5)).extracting(Step::kind)
                .containsExactly(StepKind.REASONING, StepKind.MESSAGE, StepKind.TOOL_CALL);
        assertThat(e.inputTokens()).isEqualTo(1210 + 1220 + 5);
        assertThat(e.outputTokens()).isEqualTo(80 + 30 + 12);
    }

    @Test
    void aToolResultWithIsErrorFailsAndIsTimedFromItsCall() throws Exception {
        Execution e = Parsed.fixture(format, "claude-code/session.jsonl").only();

        Step result = e.steps().get(5);
        assertThat(result.kind()).isEqualTo(StepKind.TOOL_RESULT);
        assertThat(result.name()).isEqualTo("Bash");
        assertThat(result.failed()).isTrue();
        assertThat(result.errorKind()).isEqualTo(ErrorKind.TOOL_ERROR);
        assertThat(result.output()).isEqualTo("Error: Cannot find module 'stripe'");
        assertThat(result.duration()).isEqualTo(Duration.ofMillis(3500));
        assertThat(e.toolCalls()).isEqualTo(2);
        assertThat(e.toolFailures()).isEqualTo(1);
    }

    @Test
    void brokenLinesAndMalformedRecordsAreRejectedAndTheRestIsRead() throws Exception {
        Parsed p = Parsed.fixture(format, "claude-code/session.jsonl");

        assertThat(p.rejects()).extracting(Parsed.Reject::line).containsExactly(7L, 11L, 14L);
        assertThat(p.rejects().get(0).reason()).contains("not valid JSON", "cut off");
        assertThat(p.rejects().get(1).reason()).contains("'message' of number 42");
        assertThat(p.rejects().get(0).raw()).startsWith("{\"type\":\"assistant\"");
        assertThat(p.only().steps()).last().extracting(Step::output).isEqualTo("Installed stripe; the test passes now.");
    }

    @Test
    void unknownRecordTypesAreKeptAsEventsAndMetadataMakesNoStep() throws Exception {
        Execution e = Parsed.fixture(format, "claude-code/session.jsonl").only();

        assertThat(e.steps()).filteredOn(s -> s.kind() == StepKind.EVENT).extracting(Step::name)
                .containsExactly("compact_boundary", "brand-new-kind");
        assertThat(e.steps()).noneMatch(s -> "summary".equals(s.name()));
    }

    @Test
    void aSubAgentTranscriptIsItsOwnExecutionAndAnInterruptionLeavesItPartial() throws Exception {
        Execution e = Parsed.fixture(format, "claude-code/subagent.jsonl").only();

        assertThat(e.key()).isEqualTo("claude-code:" + SESSION + ":agent-7f3a");
        assertThat(e.agent()).isEqualTo("claude-code/subagent");
        assertThat(e.task()).isEqualTo("Find where stripe is imported");
        assertThat(e.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(e.errorKind()).isEqualTo(ErrorKind.CANCELLED);
    }

    @Test
    void anApiErrorAtTheEndFailsTheSession() throws Exception {
        String text = "{\"type\":\"user\",\"sessionId\":\"s\",\"uuid\":\"1\",\"timestamp\":\"2025-01-01T00:00:00Z\","
                + "\"message\":{\"role\":\"user\",\"content\":\"hi\"}}\n"
                + "{\"type\":\"assistant\",\"sessionId\":\"s\",\"uuid\":\"2\",\"timestamp\":\"2025-01-01T00:00:05Z\","
                + "\"isApiErrorMessage\":true,\"message\":{\"model\":\"<synthetic>\",\"role\":\"assistant\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"API Error: 529 overloaded\"}]}}\n";

        Execution e = Parsed.text(format, text).only();

        assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(e.errorKind()).isEqualTo(ErrorKind.MODEL_ERROR);
        assertThat(e.steps()).last().extracting(Step::kind).isEqualTo(StepKind.API_ERROR);
    }
}
