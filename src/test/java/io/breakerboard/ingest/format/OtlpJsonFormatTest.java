package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OtlpJsonFormatTest {
    private final OtlpJsonFormat format = new OtlpJsonFormat();

    @Test
    void anAgentTraceIsOneExecutionWithItsChildSpansAsSteps() throws Exception {
        Execution e = Parsed.fixture(format, "otlp/agent-trace.json").execution("otlp:0af7651916cd43dd8448eb211c80319c");

        assertThat(e.agent()).isEqualTo("triage-agent");
        assertThat(e.startedAt()).isEqualTo(Instant.ofEpochSecond(1718000000L));
        assertThat(e.duration()).isEqualTo(Duration.ofMillis(4500));
        assertThat(e.steps()).extracting(Step::kind)
                .containsExactly(StepKind.LLM_CALL, StepKind.TOOL_CALL, StepKind.LLM_CALL);
        assertThat(e.steps()).extracting(Step::name)
                .containsExactly("gpt-4o-mini-2024-07-18", "lookup_order", "gpt-4o-mini");
        assertThat(e.task()).isEqualTo("Where is my order?");
        assertThat(e.sessionId()).isEqualTo("conv-1");
        assertThat(e.iterations()).isEqualTo(2);
    }

    @Test
    void tokensAreReadFromCurrentAndDeprecatedNamesAndIntsWrittenAsTextOrNumber() throws Exception {
        Execution e = Parsed.fixture(format, "otlp/agent-trace.json").execution("otlp:0af7651916cd43dd8448eb211c80319c");

        assertThat(e.steps().get(0).inputTokens()).isEqualTo(120);
        assertThat(e.steps().get(0).outputTokens()).isEqualTo(30);
        assertThat(e.steps().get(2).inputTokens()).isEqualTo(200);
        assertThat(e.steps().get(2).outputTokens()).isEqualTo(50);
        assertThat(e.inputTokens()).isEqualTo(320);
        assertThat(e.outputTokens()).isEqualTo(80);
        assertThat(e.costMicros()).as("no cost attribute, no price invented").isZero();
    }

    @Test
    void aToolSpanWithErrorStatusAndExceptionEventIsAFailedStepButTheAgentSucceeded() throws Exception {
        Execution e = Parsed.fixture(format, "otlp/agent-trace.json").execution("otlp:0af7651916cd43dd8448eb211c80319c");
        Step tool = e.steps().get(1);

        assertThat(tool.failed()).isTrue();
        assertThat(tool.errorKind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(tool.output()).isEqualTo("TimeoutError: order service timed out after 2s");
        assertThat(tool.duration()).isEqualTo(Duration.ofSeconds(2));
        assertThat(e.toolCalls()).isEqualTo(1);
        assertThat(e.toolFailures()).isEqualTo(1);
        assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void aFailedRootSpanFailsTheExecution() throws Exception {
        Execution e = Parsed.fixture(format, "otlp/agent-trace.json").execution("otlp:4bf92f3577b34da6a3ce929d0e0e4736");

        assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(e.errorKind()).isEqualTo(ErrorKind.RATE_LIMIT);
        assertThat(e.errorMessage()).isEqualTo("429 Too Many Requests");
        assertThat(e.agent()).as("no agent attribute: the service name").isEqualTo("support-svc");
        assertThat(e.steps()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StepKind.LLM_CALL);
            assertThat(s.failed()).isTrue();
        });
    }

    @Test
    void attributeValuesOfEveryShapeAreKeptOnTheStep() throws Exception {
        Step chat = Parsed.fixture(format, "otlp/agent-trace.json")
                .execution("otlp:0af7651916cd43dd8448eb211c80319c").steps().get(0);

        assertThat(chat.attributes())
                .containsEntry("gen_ai.response.finish_reasons", "[\"tool_call\"]")
                .containsEntry("gen_ai.request.params.temperature", "0.2")
                .containsEntry("gen_ai.request.params.stream", "false")
                .containsEntry("span.kind", "CLIENT")
                .containsEntry("service.name", "support-svc")
                .containsEntry("otel.scope.name", "agent-sdk");
    }

    @Test
    void spansWithoutTraceIdOrStartAreRejectedWithTheirLineAndTheRestImports() throws Exception {
        Parsed p = Parsed.fixture(format, "otlp/agent-trace.json");

        assertThat(p.executions()).hasSize(2);
        assertThat(p.rejects()).hasSize(2);
        assertThat(p.rejects().get(0).reason()).contains("'orphan'", "no traceId");
        assertThat(p.rejects().get(0).raw()).contains("4444444444444444");
        assertThat(p.rejects().get(1).reason()).contains("'no-start'", "startTimeUnixNano");
        assertThat(p.rejects()).allSatisfy(r -> assertThat(r.line()).isGreaterThan(1));
    }

    @Test
    void collectorFileExporterLinesAreGroupedByTraceAndBadLinesRejected() throws Exception {
        Parsed p = Parsed.fixture(format, "otlp/collector-lines.jsonl");

        Execution e = p.only();
        assertThat(e.key()).isEqualTo("otlp:5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c");
        assertThat(e.agent()).isEqualTo("nightly_report");
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(2));
        assertThat(e.steps()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StepKind.LLM_CALL);
            assertThat(s.inputTokens()).isEqualTo(40);
        });
        assertThat(p.rejects()).extracting(Parsed.Reject::line).containsExactly(2L, 3L);
        assertThat(p.rejects().get(0).reason()).contains("not valid JSON");
        assertThat(p.rejects().get(1).reason()).contains("no 'resourceSpans'");
    }

    @Test
    void pastTheSpanBoundCompleteTracesAreHandedOverEarlyAndLateSpansRejected() throws Exception {
        String text = line("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "1000000000000001", null)
                + line("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "2000000000000001", null)
                + line("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "1000000000000002", "1000000000000001");

        Parsed p = Parsed.text(new OtlpJsonFormat(1), text);

        assertThat(p.keys()).containsExactly("otlp:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "otlp:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
        assertThat(p.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).contains("arrived after its trace");
        });
    }

    @Test
    void base64AndUppercaseIdsBecomeLowercaseHexKeys() throws Exception {
        String doc = "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":["
                + "{\"traceId\":\"W47/95gDgQPSabYzgT/GDA==\",\"spanId\":\"7uGbfsPBsXQ=\",\"name\":\"a\","
                + "\"startTimeUnixNano\":\"1544712660000000000\",\"endTimeUnixNano\":\"1544712661000000000\"},"
                + "{\"traceId\":\"5B8EFFF798038103D269B633813FC60D\",\"spanId\":\"EEE19B7EC3C1B174\",\"name\":\"b\","
                + "\"startTimeUnixNano\":\"1544712660000000000\"}]}]}]}";

        assertThat(Parsed.text(format, doc).keys()).containsExactly("otlp:5b8efff798038103d269b633813fc60c",
                "otlp:5b8efff798038103d269b633813fc60d");
    }

    @Test
    void aCutOffDocumentKeepsWhatWasReadAndRejectsTheRest() throws Exception {
        String full = Parsed.text("otlp/agent-trace.json");
        String cut = full.substring(0, full.indexOf("\"instrumentationLibrarySpans\"") + 60);

        Parsed p = Parsed.text(format, cut);

        assertThat(p.keys()).containsExactly("otlp:0af7651916cd43dd8448eb211c80319c");
        assertThat(p.rejects()).last().satisfies(r -> assertThat(r.reason()).contains("cut off"));
    }

    @Test
    void aDocumentThatIsNotAnOtlpExportIsRefusedAsAWhole() {
        assertThatThrownBy(() -> Parsed.text(format, "{\n  \"foo\": 1\n}\n"))
                .isInstanceOf(MalformedLogException.class).hasMessageContaining("resourceSpans");
        assertThatThrownBy(() -> Parsed.text(format, "{\n  \"resourceSpans\": [ nope\n"))
                .isInstanceOf(MalformedLogException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> Parsed.text(format, "\n\n"))
                .isInstanceOf(MalformedLogException.class).hasMessageContaining("empty");
    }

    private static String line(String traceId, String spanId, String parent) {
        return "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"traceId\":\"" + traceId + "\",\"spanId\":\"" + spanId
                + "\"" + (parent == null ? "" : ",\"parentSpanId\":\"" + parent + "\"")
                + ",\"name\":\"s\",\"startTimeUnixNano\":\"1718000000000000000\"}]}]}]}\n";
    }
}
