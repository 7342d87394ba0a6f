package io.breakerboard.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.resource.v1.Resource;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agent CLIs pointed at the receiver: their OpenTelemetry log events, shaped as Claude Code, Codex and Gemini CLI
 * document them, become one execution per session that grows as the session goes on.
 */
class AgentCliTelemetryTest {
    private static final Instant T0 = Instant.parse("2026-03-01T11:59:00Z");

    @TempDir
    Path dir;

    @Test
    void claudeCodeEventsOverTwoExportsBecomeOneGrowingSession() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            String first = json("claude-code", List.of(
                    claude(0, "user_prompt", Map.of("prompt", "fix the failing build", "prompt_length", "21")),
                    claude(4_000, "api_request", Map.of("model", "claude-sonnet-4-5", "cost_usd", "0.0123",
                            "duration_ms", "3500", "input_tokens", "1200", "output_tokens", "300",
                            "cache_read_tokens", "5000", "cache_creation_tokens", "100")),
                    claude(6_000, "tool_result", Map.of("tool_name", "Bash", "success", "false",
                            "duration_ms", "1500", "error", "exit code 2"))));
            HttpResponse<byte[]> r = f.post("/v1/logs", "application/json", first.getBytes(StandardCharsets.UTF_8),
                    false);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
            f.settle();

            Execution e = f.workspace.queries().execution("otel-logs:claude-code:s-1").orElseThrow();
            assertThat(e.agent()).isEqualTo("claude-code");
            assertThat(e.task()).isEqualTo("fix the failing build");
            assertThat(e.sessionId()).isEqualTo("s-1");
            assertThat(e.userId()).isEqualTo("acct-7");
            assertThat(e.inputTokens()).isEqualTo(1200 + 5000 + 100);
            assertThat(e.outputTokens()).isEqualTo(300);
            assertThat(e.costMicros()).isEqualTo(12_300);
            assertThat(e.model()).isEqualTo("claude-sonnet-4-5");
            assertThat(e.outcome()).as("a failed tool call the session survived").isEqualTo(Outcome.SUCCESS);
            assertThat(e.toolCalls()).isEqualTo(1);
            assertThat(e.toolFailures()).isEqualTo(1);
            assertThat(e.startedAt()).isEqualTo(T0);
            assertThat(e.duration().toMillis()).isEqualTo(6_000);
            assertThat(kinds(e)).containsExactly(StepKind.MESSAGE, StepKind.LLM_CALL, StepKind.TOOL_CALL);

            String second = json("claude-code", List.of(
                    claude(9_000, "api_request", Map.of("model", "claude-sonnet-4-5", "cost_usd", "0.002",
                            "duration_ms", "2000", "input_tokens", "100", "output_tokens", "50"))));
            f.post("/v1/logs", "application/json", second.getBytes(StandardCharsets.UTF_8), false);
            // The exporter retries the first batch: nothing in it is taken twice.
            f.post("/v1/logs", "application/json", first.getBytes(StandardCharsets.UTF_8), false);
            f.settle();

            Execution grown = f.workspace.queries().execution("otel-logs:claude-code:s-1").orElseThrow();
            assertThat(grown.costMicros()).isEqualTo(14_300);
            assertThat(grown.iterations()).isEqualTo(2);
            assertThat(grown.duration().toMillis()).isEqualTo(9_000);
            assertThat(kinds(grown)).containsExactly(StepKind.MESSAGE, StepKind.LLM_CALL, StepKind.TOOL_CALL,
                    StepKind.LLM_CALL);
            assertThat(f.receiver.counts().updated()).isEqualTo(1);
        }
    }

    @Test
    void codexEventsOverProtobufCountTokensOfCompletedResponsesAndRetries() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            ExportLogsServiceRequest request = proto("codex_cli_rs", List.of(
                    codex(0, "codex.conversation_starts", Map.of("model", "gpt-5-codex")),
                    codex(500, "codex.user_prompt", Map.of("prompt", "add a test", "prompt_length", "10")),
                    codex(1_000, "codex.api_request", Map.of("attempt", "1", "duration_ms", "400",
                            "http.response.status_code", "503", "error.message", "service unavailable")),
                    codex(3_000, "codex.api_request", Map.of("attempt", "2", "duration_ms", "1500",
                            "http.response.status_code", "200")),
                    codex(3_100, "codex.sse_event", Map.of("event.kind", "response.output_text.delta")),
                    codex(3_200, "codex.sse_event", Map.of("event.kind", "response.completed",
                            "input_token_count", "900", "output_token_count", "120", "cached_token_count", "400")),
                    codex(4_000, "codex.tool_result", Map.of("tool_name", "shell", "call_id", "c1",
                            "arguments", "{\"cmd\":\"mvn test\"}", "duration_ms", "700", "success", "true",
                            "output", "BUILD SUCCESS"))));
            HttpResponse<byte[]> r = f.post("/v1/logs", "application/x-protobuf", request.toByteArray(), true);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(ExportLogsServiceResponse.parseFrom(r.body()).getPartialSuccess().getRejectedLogRecords())
                    .isZero();
            f.settle();

            Execution e = f.workspace.queries().execution("otel-logs:codex:conv-9").orElseThrow();
            assertThat(e.agent()).isEqualTo("codex");
            assertThat(e.task()).isEqualTo("add a test");
            assertThat(e.model()).isEqualTo("gpt-5-codex");
            assertThat(e.inputTokens()).isEqualTo(900);
            assertThat(e.outputTokens()).isEqualTo(120);
            assertThat(e.retries()).as("the 503 was retried").isEqualTo(1);
            assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(kinds(e)).containsExactly(StepKind.MESSAGE, StepKind.API_ERROR, StepKind.LLM_CALL,
                    StepKind.TOOL_CALL);
            Step tool = e.steps().get(3);
            assertThat(tool.name()).isEqualTo("shell");
            assertThat(tool.output()).isEqualTo("BUILD SUCCESS");
        }
    }

    @Test
    void aGeminiSessionEndingOnARateLimitFailsAsRateLimited() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            String body = json("gemini-cli", List.of(
                    gemini(0, "gemini_cli.user_prompt", Map.of("prompt", "summarise the diff")),
                    gemini(2_000, "gemini_cli.api_request", Map.of("model", "gemini-2.5-pro")),
                    gemini(2_500, "gemini_cli.api_response", Map.of("model", "gemini-2.5-pro", "duration_ms", "2400",
                            "input_token_count", "800", "tool_token_count", "50", "output_token_count", "70",
                            "thoughts_token_count", "30", "status_code", "200")),
                    gemini(3_000, "gemini_cli.tool_call", Map.of("function_name", "read_file", "duration_ms", "20",
                            "success", "true")),
                    gemini(5_000, "gemini_cli.api_error", Map.of("model", "gemini-2.5-pro", "status_code", "429",
                            "error", "Resource has been exhausted", "duration_ms", "900"))));
            f.post("/v1/logs", "application/json", body.getBytes(StandardCharsets.UTF_8), false);
            f.settle();

            Execution e = f.workspace.queries().execution("otel-logs:gemini-cli:g-3").orElseThrow();
            assertThat(e.agent()).isEqualTo("gemini-cli");
            assertThat(e.inputTokens()).isEqualTo(850);
            assertThat(e.outputTokens()).isEqualTo(100);
            assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
            assertThat(e.errorKind()).isEqualTo(ErrorKind.RATE_LIMIT);
            assertThat(e.errorMessage()).isEqualTo("Resource has been exhausted");
            assertThat(kinds(e)).containsExactly(StepKind.MESSAGE, StepKind.LLM_CALL, StepKind.TOOL_CALL,
                    StepKind.API_ERROR);
        }
    }

    @Test
    void otherLogsBesideAgentEventsAreRejectedByNameWhileTheEventsAreKept() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            List<String> records = new ArrayList<>();
            records.add(claude(0, "user_prompt", Map.of("prompt", "hello")));
            records.add(record(T0, "GET /health 200", Map.of()));
            records.add(record(T0, "claude_code.api_request", Map.of("event.name", "api_request")));
            String body = json("claude-code", records);
            HttpResponse<byte[]> r = f.post("/v1/logs", "application/json", body.getBytes(StandardCharsets.UTF_8),
                    false);
            assertThat(r.statusCode()).isEqualTo(200);
            String response = new String(r.body(), StandardCharsets.UTF_8);
            assertThat(response).contains("\"rejectedLogRecords\":\"2\"").contains("log record without an event name is not Claude Code, Codex or Gemini CLI telemetry")
                    .contains("(and 1 more)");
            f.settle();
            assertThat(f.workspace.queries().execution("otel-logs:claude-code:s-1")).isPresent();
            assertThat(f.receiver.counts().rejectedSpans()).isEqualTo(2);
        }
    }

    private static List<StepKind> kinds(Execution e) {
        return e.steps().stream().map(Step::kind).collect(Collectors.toList());
    }

    private static String claude(long offsetMillis, String event, Map<String, String> attributes) {
        Map<String, String> all = new java.util.LinkedHashMap<>(attributes);
        all.put("event.name", event);
        all.put("event.timestamp", T0.plusMillis(offsetMillis).toString());
        all.put("session.id", "s-1");
        all.put("user.account_uuid", "acct-7");
        return record(T0.plusMillis(offsetMillis), "claude_code." + event, all);
    }

    private static String gemini(long offsetMillis, String event, Map<String, String> attributes) {
        Map<String, String> all = new java.util.LinkedHashMap<>(attributes);
        all.put("event.name", event);
        all.put("session.id", "g-3");
        return record(T0.plusMillis(offsetMillis), null, all);
    }

    private static String record(Instant at, String body, Map<String, String> attributes) {
        StringBuilder b = new StringBuilder("{\"timeUnixNano\":\"").append(nanos(at)).append('"');
        if (body != null) {
            b.append(",\"body\":{\"stringValue\":\"").append(body).append("\"}");
        }
        b.append(",\"attributes\":[");
        b.append(attributes.entrySet().stream().map(a -> "{\"key\":\"" + a.getKey()
                + "\",\"value\":{\"stringValue\":" + quote(a.getValue()) + "}}").collect(Collectors.joining(",")));
        return b.append("]}").toString();
    }

    private static String json(String service, List<String> records) {
        return "{\"resourceLogs\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":"
                + "{\"stringValue\":\"" + service + "\"}}]},\"scopeLogs\":[{\"logRecords\":["
                + String.join(",", records) + "]}]}]}";
    }

    private static LogRecord codex(long offsetMillis, String event, Map<String, String> attributes) {
        LogRecord.Builder r = LogRecord.newBuilder().setTimeUnixNano(nanos(T0.plusMillis(offsetMillis)))
                .setEventName(event);
        r.addAttributes(kv("conversation.id", "conv-9"));
        r.addAttributes(kv("model", attributes.getOrDefault("model", "gpt-5-codex")));
        attributes.forEach((k, v) -> {
            if (!k.equals("model")) {
                r.addAttributes(kv(k, v));
            }
        });
        return r.build();
    }

    private static ExportLogsServiceRequest proto(String service, List<LogRecord> records) {
        return ExportLogsServiceRequest.newBuilder().addResourceLogs(ResourceLogs.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(kv("service.name", service)))
                .addScopeLogs(ScopeLogs.newBuilder().addAllLogRecords(records))).build();
    }

    private static KeyValue kv(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
