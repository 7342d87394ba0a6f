package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.format.codex.CodexFormat;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodexFormatTest {
    private final CodexFormat format = new CodexFormat();

    @Test
    void aRolloutIsOneExecutionKeyedBySessionId() throws Exception {
        Execution e = Parsed.fixture(format, "codex/rollout.jsonl").only();

        assertThat(e.key()).isEqualTo("codex:0199aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee");
        assertThat(e.agent()).isEqualTo("codex");
        assertThat(e.model()).isEqualTo("gpt-5-codex");
        assertThat(e.task()).as("the CLI's environment context is not the task").isEqualTo("Make the linter pass");
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void anExitCodeTooLargeForAnIntIsNoExitCodeAndTheSessionStillImports() throws Exception {
        String rollout = Parsed.text("codex/rollout.jsonl").replace("Exit code: 1", "Exit code: 9223372036854775807");

        Parsed parsed = Parsed.text(format, rollout);

        assertThat(parsed.only().key()).isEqualTo("codex:0199aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee");
    }

    @Test
    void messagesLoggedTwiceAreStepsOnce() throws Exception {
        Execution e = Parsed.fixture(format, "codex/rollout.jsonl").only();

        assertThat(e.steps()).filteredOn(s -> s.kind() == StepKind.MESSAGE).extracting(Step::name)
                .containsExactly("user", "assistant");
        assertThat(e.steps()).filteredOn(s -> s.kind() == StepKind.REASONING).hasSize(1);
    }

    @Test
    void repeatedRunningTokenTotalsAreCountedOnce() throws Exception {
        Execution e = Parsed.fixture(format, "codex/rollout.jsonl").only();

        assertThat(e.steps()).filteredOn(s -> s.kind() == StepKind.LLM_CALL).extracting(Step::inputTokens)
                .containsExactly(1000L, 1200L, 1300L);
        assertThat(e.inputTokens()).isEqualTo(3500);
        assertThat(e.outputTokens()).isEqualTo(160);
    }

    @Test
    void exitCodesFromOutputTextMetadataAndExecEventsDecideFailure() throws Exception {
        List<Step> results = Parsed.fixture(format, "codex/rollout.jsonl").only().steps().stream()
                .filter(s -> s.kind() == StepKind.TOOL_RESULT).toList();

        assertThat(results).extracting(Step::name).containsExactly("shell", "apply_patch", "shell");
        assertThat(results).extracting(Step::failed).containsExactly(true, false, true);
        assertThat(results.get(0).attributes()).containsEntry("exit_code", "1");
        assertThat(results.get(0).errorKind()).isEqualTo(ErrorKind.TOOL_ERROR);
        assertThat(results.get(1).duration()).as("metadata duration_seconds").isEqualTo(Duration.ofMillis(400));
        assertThat(results.get(2).attributes()).as("from exec_command_end").containsEntry("exit_code", "2");
        assertThat(results.get(0).duration()).as("from its call").isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void anAbortedTurnLeavesThePartialAndBadLinesAreRejected() throws Exception {
        Parsed p = Parsed.fixture(format, "codex/rollout.jsonl");
        Execution e = p.only();

        assertThat(e.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(e.errorKind()).isEqualTo(ErrorKind.CANCELLED);
        assertThat(e.steps()).last().extracting(Step::kind).isEqualTo(StepKind.AGENT_INCOMPLETE);
        assertThat(e.steps()).filteredOn(s -> s.kind() == StepKind.EVENT).extracting(Step::name)
                .containsExactly("future_event");
        assertThat(p.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(18);
            assertThat(r.raw()).isEqualTo("not json at all");
        });
    }

    @Test
    void usageRecordsWinOverTokenCountsAndSubAgentRolloutsAreNamedSo() throws Exception {
        String text = String.join("\n",
                "{\"timestamp\":\"2025-01-01T00:00:00Z\",\"type\":\"session_meta\",\"payload\":{\"id\":\"sub-1\","
                        + "\"timestamp\":\"2025-01-01T00:00:00Z\",\"source\":{\"subagent\":\"review\"}}}",
                "{\"timestamp\":\"2025-01-01T00:00:00.5Z\",\"type\":\"session_meta\",\"payload\":{\"id\":\"parent\"}}",
                "{\"timestamp\":\"2025-01-01T00:00:01Z\",\"type\":\"token_usage_record\",\"payload\":{\"response_id\":"
                        + "\"r1\",\"usage\":{\"input_tokens\":100,\"output_tokens\":10}}}",
                "{\"timestamp\":\"2025-01-01T00:00:02Z\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\","
                        + "\"info\":{\"total_token_usage\":{\"input_tokens\":100,\"output_tokens\":10}}}}",
                "{\"timestamp\":\"2025-01-01T00:00:03Z\",\"type\":\"response_item\",\"payload\":{\"type\":"
                        + "\"function_call\",\"name\":\"spawn_agent\",\"arguments\":\"{}\",\"call_id\":\"c\"}}",
                "{\"timestamp\":\"2025-01-01T00:00:04Z\",\"type\":\"response_item\",\"payload\":{\"type\":"
                        + "\"function_call_output\",\"call_id\":\"c\",\"output\":\"collab spawn failed: limit reached\"}}",
                "{\"timestamp\":\"2025-01-01T00:00:05Z\",\"type\":\"event_msg\",\"payload\":{\"type\":\"error\","
                        + "\"message\":\"stream disconnected: 503 service unavailable\"}}");

        Execution e = Parsed.text(format, text).only();

        assertThat(e.key()).as("the first session_meta names the rollout").isEqualTo("codex:sub-1");
        assertThat(e.agent()).isEqualTo("codex/subagent");
        assertThat(e.inputTokens()).isEqualTo(100);
        assertThat(e.toolFailures()).isEqualTo(1);
        assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(e.errorKind()).isEqualTo(ErrorKind.MODEL_ERROR);
    }
}
