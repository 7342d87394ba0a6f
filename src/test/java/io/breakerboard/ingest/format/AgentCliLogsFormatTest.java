package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import org.junit.jupiter.api.Test;

/** OTLP/JSON log files of agent CLIs' telemetry, as the collector's file exporter or a one-off export writes them. */
class AgentCliLogsFormatTest {

    @Test
    void aCollectorExportOfClaudeCodeEventsIsOneSessionWithItsOtherRecordsRejectedByLine() throws Exception {
        String path = "agent-cli-logs/claude-code-export.jsonl";
        LogFormat format = Parsed.detect(Formats.all(), Parsed.sample("logs.jsonl", Parsed.text(path)));
        assertThat(format.id()).isEqualTo("otlp-logs-agent-cli");

        Parsed p = Parsed.fixture(format, path);
        Execution e = p.only();
        assertThat(e.key()).isEqualTo("otel-logs:claude-code:3f2a-cc");
        assertThat(e.agent()).isEqualTo("claude-code");
        assertThat(e.task()).isEqualTo("why does the deploy fail?");
        assertThat(e.costMicros()).isEqualTo(42_100 + 10_200);
        assertThat(e.inputTokens()).isEqualTo(2100 + 9000 + 300);
        assertThat(e.outputTokens()).isEqualTo(630);
        assertThat(e.retries()).as("the overloaded call was retried").isEqualTo(1);
        assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(e.duration().toMillis()).isEqualTo(12_000);
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.MESSAGE, StepKind.LLM_CALL,
                StepKind.EVENT, StepKind.TOOL_CALL, StepKind.API_ERROR, StepKind.LLM_CALL);
        assertThat(p.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).contains("not Claude Code, Codex or Gemini CLI telemetry");
            assertThat(r.raw()).contains("GET /metrics 200");
        });
    }

    @Test
    void aPrettyPrintedGeminiCliDocumentIsReadWhole() throws Exception {
        String path = "agent-cli-logs/gemini-cli-document.json";
        LogFormat format = Parsed.detect(Formats.all(), Parsed.sample("gemini.json", Parsed.text(path)));
        assertThat(format.id()).isEqualTo("otlp-logs-agent-cli");

        Execution e = Parsed.fixture(format, path).only();
        assertThat(e.agent()).isEqualTo("gemini-cli");
        assertThat(e.inputTokens()).isEqualTo(600);
        assertThat(e.outputTokens()).isEqualTo(100);
        assertThat(e.toolFailures()).isEqualTo(1);
        assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
    }
}
