package io.breakerboard.receiver;

import static io.breakerboard.receiver.OtlpSpans.agent;
import static io.breakerboard.receiver.OtlpSpans.chat;
import static io.breakerboard.receiver.OtlpSpans.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.model.StepKind;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtlpReceiverTest {
    @TempDir
    Path dir;

    private static final String JSON_TRACE = """
            {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"svc"}}]},
              "scopeSpans":[{"spans":[
                {"traceId":"0000000000000000000000000000a1b2","spanId":"00000000000000c1",
                 "parentSpanId":"00000000000000a0","name":"chat gpt-4o",
                 "startTimeUnixNano":"1772359201000000000","endTimeUnixNano":"1772359202000000000",
                 "attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"chat"}},
                   {"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o"}},
                   {"key":"gen_ai.usage.input_tokens","value":{"intValue":"120"}},
                   {"key":"gen_ai.usage.output_tokens","value":{"intValue":"30"}}]},
                {"traceId":"0000000000000000000000000000a1b2","spanId":"00000000000000a0","name":"invoke_agent planner",
                 "startTimeUnixNano":"1772359200000000000","endTimeUnixNano":"1772359203000000000",
                 "attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"invoke_agent"}},
                   {"key":"gen_ai.agent.name","value":{"stringValue":"planner"}}]}]}]}]}
            """;

    @Test
    void aJsonExportBecomesAnExecutionWithItsAgentTokensAndSteps() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            HttpResponse<byte[]> r = f.post("/v1/traces", "application/json",
                    JSON_TRACE.getBytes(StandardCharsets.UTF_8), false);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
            f.settle();
            Execution e = f.stored("a1b2");
            assertThat(e.agent()).isEqualTo("planner");
            assertThat(e.inputTokens()).isEqualTo(120);
            assertThat(e.outputTokens()).isEqualTo(30);
            assertThat(e.model()).isEqualTo("gpt-4o");
            assertThat(e.source()).isEqualTo(f.receiver.source()).startsWith("otlp://127.0.0.1:");
        }
    }

    @Test
    void aGzippedJsonExportIsReadAsTheSame() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            byte[] body = JSON_TRACE.replace("a1b2", "a1b3").getBytes(StandardCharsets.UTF_8);
            assertThat(f.post("/v1/traces", "application/json; charset=utf-8", body, true).statusCode()).isEqualTo(200);
            f.settle();
            assertThat(f.stored("a1b3").inputTokens()).isEqualTo(120);
        }
    }

    @Test
    void aProtobufExportGzippedOrNotBecomesAnExecution() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            for (boolean gzip : new boolean[] {false, true}) {
                String trace = gzip ? "b2" : "b1";
                byte[] body = request("svc", chat(trace, "c1", "a0", "claude-sonnet", 500, 60, 1),
                        chat(trace, "c2", "a0", "claude-sonnet", 700, 80, 3), agent(trace, "a0", "coder", 0, 5))
                        .toByteArray();
                HttpResponse<byte[]> r = f.post("/v1/traces", "application/x-protobuf", body, gzip);
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(ExportTraceServiceResponse.parseFrom(r.body()).hasPartialSuccess()).isFalse();
            }
            f.settle();
            for (String trace : new String[] {"b1", "b2"}) {
                Execution e = f.workspace.queries().execution("otlp:" + OtlpSpans.hexId(trace, 16)).orElseThrow();
                assertThat(e.agent()).isEqualTo("coder");
                assertThat(e.inputTokens()).isEqualTo(1200);
                assertThat(e.outputTokens()).isEqualTo(140);
                assertThat(e.iterations()).isEqualTo(2);
                assertThat(e.steps()).extracting(s -> s.kind()).containsExactly(StepKind.LLM_CALL, StepKind.LLM_CALL);
            }
        }
    }

    @Test
    void aTraceSplitOverTwoRequestsChildrenFirstIsOneExecution() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            f.post("/v1/traces", "application/x-protobuf",
                    request("svc", chat("c3", "c1", "a0", "gpt-4o", 10, 5, 1)).toByteArray(), false);
            f.settle();
            assertThat(f.workspace.queries().execution("otlp:" + OtlpSpans.hexId("c3", 16)))
                    .as("a trace without its root waits for it").isEmpty();
            f.post("/v1/traces", "application/x-protobuf",
                    request("svc", chat("c3", "c2", "a0", "gpt-4o", 20, 5, 2), agent("c3", "a0", "triage", 0, 4))
                            .toByteArray(), false);
            f.receiver.flush();
            assertThat(f.workspace.queries().execution("otlp:" + OtlpSpans.hexId("c3", 16)))
                    .as("the root waits the grace period for late children").isEmpty();
            f.settle();
            Execution e = f.stored("c3");
            assertThat(e.agent()).isEqualTo("triage");
            assertThat(e.iterations()).isEqualTo(2);
            assertThat(e.inputTokens()).isEqualTo(30);
            assertThat(f.receiver.counts().stored()).isEqualTo(1);
        }
    }

    @Test
    void aSpanArrivingAfterItsTraceWasStoredUpdatesTheExecution() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            f.post("/v1/traces", "application/x-protobuf", request("svc", chat("d4", "c1", "a0", "gpt-4o", 10, 5, 1),
                    agent("d4", "a0", "writer", 0, 9)).toByteArray(), false);
            f.settle();
            assertThat(f.stored("d4").iterations()).isEqualTo(1);

            f.post("/v1/traces", "application/x-protobuf",
                    request("svc", chat("d4", "c2", "a0", "gpt-4o", 40, 7, 5)).toByteArray(), false);
            f.settle();
            Execution e = f.stored("d4");
            assertThat(e.iterations()).isEqualTo(2);
            assertThat(e.inputTokens()).isEqualTo(50);
            assertThat(f.workspace.queries().executions(io.breakerboard.metrics.MetricsFilter.all(), false, 10)).hasSize(1);
            assertThat(f.receiver.counts().updated()).isEqualTo(1);
        }
    }
}
