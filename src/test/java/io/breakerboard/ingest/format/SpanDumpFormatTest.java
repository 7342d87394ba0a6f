package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.format.spans.SpanDumpFormat;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SpanDumpFormatTest {
    private final SpanDumpFormat format = new SpanDumpFormat();

    @Test
    void anAnyAgentTraceIsOneExecutionUnderItsAgentSpanWithDecimalIdsMadeHex() throws Exception {
        Execution e = Parsed.fixture(format, "spans/any-agent.json").only();

        assertThat(e.key()).isEqualTo("span-dump:539738bb0f40688798d25ef1c71c71c7");
        assertThat(e.agent()).isEqualTo("time_agent");
        assertThat(e.model()).isEqualTo("gpt-4.1-mini");
        assertThat(e.startedAt()).isEqualTo(Instant.ofEpochSecond(1758026600L, 900_000_000L));
        assertThat(e.duration()).isEqualTo(Duration.ofMillis(1700));
        assertThat(e.steps()).extracting(Step::kind)
                .containsExactly(StepKind.LLM_CALL, StepKind.TOOL_CALL, StepKind.LLM_CALL);
        assertThat(e.steps()).extracting(Step::name).containsExactly("gpt-4.1-mini", "get_current_time", "gpt-4.1-mini");
        assertThat(e.iterations()).isEqualTo(2);
        assertThat(e.task()).isEqualTo("What time is it in Lisbon?");
    }

    @Test
    void anyAgentTokensAndStatedInputAndOutputCostsAreSummed() throws Exception {
        Execution e = Parsed.fixture(format, "spans/any-agent.json").only();

        assertThat(e.inputTokens()).isEqualTo(650);
        assertThat(e.outputTokens()).isEqualTo(35);
        assertThat(e.costMicros()).isEqualTo(720);
    }

    @Test
    void aFailedToolSpanIsAFailedStepAndTheAgentStillSucceeded() throws Exception {
        Execution e = Parsed.fixture(format, "spans/any-agent.json").only();
        Step tool = e.steps().get(1);

        assertThat(tool.failed()).isTrue();
        assertThat(tool.errorKind()).isEqualTo(ErrorKind.TOOL_ERROR);
        assertThat(tool.duration()).isEqualTo(Duration.ofMillis(500));
        assertThat(e.toolFailures()).isEqualTo(1);
        assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void theConsoleExportersObjectsOneAfterAnotherAreOneTraceWithHexIdsAndIsoTimes() throws Exception {
        Execution e = Parsed.fixture(format, "spans/console-exporter.json").only();

        assertThat(e.key()).isEqualTo("span-dump:4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(e.agent()).as("the service names the agent").isEqualTo("billing-agent");
        assertThat(e.duration()).isEqualTo(Duration.ofMillis(1500));
        Step call = e.steps().get(0);
        assertThat(call.kind()).isEqualTo(StepKind.LLM_CALL);
        assertThat(call.failed()).isTrue();
        assertThat(call.errorKind()).isEqualTo(ErrorKind.RATE_LIMIT);
        assertThat(call.attributes()).containsEntry("span.kind", "CLIENT");
    }

    @Test
    void javaScriptSpansWithHrtimeTuplesCountTheWrappersRepeatedUsageOnce() throws Exception {
        Execution e = Parsed.fixture(format, "spans/js-spans.json").only();

        assertThat(e.key()).isEqualTo("span-dump:a1b2c3d4e5f60718293a4b5c6d7e8f90");
        assertThat(e.agent()).isEqualTo("summarise");
        assertThat(e.inputTokens()).isEqualTo(40);
        assertThat(e.outputTokens()).isEqualTo(12);
        assertThat(e.iterations()).isEqualTo(1);
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(2));
        assertThat(e.steps().get(0).duration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(e.task()).isEqualTo("Summarise the release notes.");
    }

    @Test
    void agentsSdkSpansMapTheirSpanDataToModelAndToolCalls() throws Exception {
        Parsed parsed = Parsed.fixture(format, "spans/agents-sdk.jsonl");
        Execution e = parsed.only();

        assertThat(parsed.rejects()).isEmpty();
        assertThat(e.key()).isEqualTo("span-dump:trace_5f1e0c2a9b3d4e6f8a7b6c5d4e3f2a1b");
        assertThat(e.agent()).isEqualTo("Triage agent");
        assertThat(e.steps()).extracting(Step::kind)
                .containsExactly(StepKind.LLM_CALL, StepKind.TOOL_CALL, StepKind.LLM_CALL);
        assertThat(e.inputTokens()).isEqualTo(280);
        assertThat(e.outputTokens()).isEqualTo(40);
        assertThat(e.steps().get(1).failed()).isTrue();
        assertThat(e.steps().get(1).errorKind()).isEqualTo(ErrorKind.TOOL_ERROR);
        assertThat(e.task()).isEqualTo("Where is order 42?");
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void mlflowTracesReadJsonEncodedAttributesAndFailWithTheirRootSpan() throws Exception {
        Execution e = Parsed.fixture(format, "spans/mlflow.json").only();

        assertThat(e.key()).isEqualTo("span-dump:9f8e7d6c5b4a39281716151413121110");
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.LLM_CALL, StepKind.MEMORY_RECALL);
        assertThat(e.inputTokens()).isEqualTo(55);
        assertThat(e.outputTokens()).isEqualTo(21);
        assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(e.errorKind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(e.steps().get(1).failed()).isTrue();
    }

    @Test
    void mlflow3SpansWithBase64IdsNanosecondFieldsAndOtlpStatusAreRead() throws Exception {
        String text = """
                {"info": {"trace_id": "tr-1"}, "data": {"spans": [
                 {"trace_id": "AAAAAAAAAJYAAAAAAAAAoA==", "span_id": "AAAAAAAAALQ=", "parent_span_id": null,
                  "name": "agent", "start_time_unix_nano": 1740000000000000000, "end_time_unix_nano": 1740000003000000000,
                  "attributes": {"mlflow.spanType": "\\\"AGENT\\\""}, "status": {"code": "STATUS_CODE_ERROR", "message": "boom"}},
                 {"trace_id": "AAAAAAAAAJYAAAAAAAAAoA==", "span_id": "AAAAAAAAALU=", "parent_span_id": "AAAAAAAAALQ=",
                  "name": "chat", "start_time_unix_nano": 1740000001000000000, "end_time_unix_nano": 1740000002000000000,
                  "attributes": {"mlflow.spanType": "\\\"CHAT_MODEL\\\"",
                                 "mlflow.chat.tokenUsage": "{\\\"input_tokens\\\": 12, \\\"output_tokens\\\": 3}"},
                  "status": {"code": "STATUS_CODE_OK", "message": ""}}]}}
                """;
        Execution e = Parsed.text(format, text).only();

        assertThat(e.key()).isEqualTo("span-dump:000000000000009600000000000000a0");
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.LLM_CALL);
        assertThat(e.inputTokens()).isEqualTo(12);
        assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void phoenixSpansTakeTheirKindFromSpanKindAndNestedAttributesAsDottedNames() throws Exception {
        Execution e = Parsed.fixture(format, "spans/phoenix.jsonl").only();

        assertThat(e.agent()).isEqualTo("trip-planner");
        assertThat(e.model()).isEqualTo("gpt-4o");
        assertThat(e.inputTokens()).isEqualTo(90);
        assertThat(e.outputTokens()).isEqualTo(30);
        assertThat(e.task()).isEqualTo("Plan my trip");
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.LLM_CALL);
    }

    @Test
    void aSpanWithoutStartTimeIsRejectedAndTheOthersAreRead() throws Exception {
        String text = """
                [{"name": "a", "context": {"trace_id": "0x01", "span_id": "0x02"}, "start_time": "2025-01-01T00:00:00Z"},
                 {"name": "b", "context": {"trace_id": "0x01", "span_id": "0x03"}, "parent_id": "0x02"}]
                """;
        Parsed parsed = Parsed.text(format, text);

        assertThat(parsed.executions()).hasSize(1);
        assertThat(parsed.rejects()).singleElement().extracting(Parsed.Reject::reason).asString()
                .contains("span 'b'").contains("no start time");
    }

    @Test
    void jsonWithoutAnySpanIsRefusedAsAWhole() {
        assertThatThrownBy(() -> Parsed.text(format, "{\"hello\": 1}"))
                .isInstanceOf(MalformedLogException.class).hasMessageContaining("no span in the file");
    }
}
