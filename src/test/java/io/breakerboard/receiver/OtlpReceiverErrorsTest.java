package io.breakerboard.receiver;

import static io.breakerboard.receiver.OtlpSpans.agent;
import static io.breakerboard.receiver.OtlpSpans.chat;
import static io.breakerboard.receiver.OtlpSpans.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.pipeline.ExecutionSink;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtlpReceiverErrorsTest {
    @TempDir
    Path dir;

    @Test
    void anUndecodableBodyIsAnsweredWith400AndAReason() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            HttpResponse<byte[]> json = f.post("/v1/traces", "application/json", "{\"resourceSpans\": [".getBytes(),
                    false);
            assertThat(json.statusCode()).isEqualTo(400);
            JsonNode status = Json.MAPPER.readTree(json.body());
            assertThat(status.get("code").asInt()).isEqualTo(OtlpResponses.INVALID_ARGUMENT);
            assertThat(status.get("message").asText()).contains("not valid JSON");

            HttpResponse<byte[]> proto = f.post("/v1/traces", "application/x-protobuf", new byte[] {(byte) 0xff, 1, 2},
                    false);
            assertThat(proto.statusCode()).isEqualTo(400);
            assertThat(new String(proto.body(), StandardCharsets.UTF_8)).contains("ExportTraceServiceRequest");
        }
    }

    @Test
    void aBodyMarkedGzipThatIsNotIsA400() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            HttpResponse<String> r = http.send(java.net.http.HttpRequest.newBuilder(f.uri("/v1/traces"))
                    .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("gzip");
        }
    }

    @Test
    void anUnknownContentTypeIsAnsweredWith415() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            HttpResponse<byte[]> r = f.post("/v1/traces", "text/plain", "hello".getBytes(), false);
            assertThat(r.statusCode()).isEqualTo(415);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("application/x-protobuf");
        }
    }

    @Test
    void unreadableSpansAreCountedAsPartialSuccessAndQuarantinedWhileTheRestIsStored() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            String body = """
                    {"resourceSpans":[{"scopeSpans":[{"spans":[
                      {"spanId":"00000000000000b1","name":"orphan","startTimeUnixNano":"1772359200000000000"},
                      {"traceId":"000000000000000000000000000000e5","spanId":"00000000000000a0","name":"invoke_agent x",
                       "startTimeUnixNano":"1772359200000000000","endTimeUnixNano":"1772359201000000000"}]}]}]}
                    """;
            HttpResponse<byte[]> r = f.post("/v1/traces", "application/json", body.getBytes(), false);
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode partial = Json.MAPPER.readTree(r.body()).get("partialSuccess");
            assertThat(partial.get("rejectedSpans").asText()).isEqualTo("1");
            assertThat(partial.get("errorMessage").asText()).contains("orphan").contains("traceId");
            f.settle();
            assertThat(f.stored("e5")).isNotNull();
            assertThat(f.workspace.imports().quarantine(f.receiver.source(), 10)).extracting(QuarantinedRecord::reason)
                    .anySatisfy(reason -> assertThat(reason).contains("orphan"));
        }
    }

    @Test
    void aSpanForATraceNoLongerHeldIsRejectedRatherThanReplacingTheExecutionByAFragment() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir, s -> s.withPendingLimits(2, 1))) {
            f.post("/v1/traces", "application/x-protobuf", request("svc", chat("f1", "c1", "a0", "m", 5, 5, 1),
                    agent("f1", "a0", "one", 0, 3)).toByteArray(), false);
            f.settle();
            f.post("/v1/traces", "application/x-protobuf", request("svc", agent("f2", "a0", "two", 0, 3))
                    .toByteArray(), false);
            f.settle();
            HttpResponse<byte[]> late = f.post("/v1/traces", "application/x-protobuf",
                    request("svc", chat("f1", "c2", "a0", "m", 5, 5, 2)).toByteArray(), false);
            ExportTraceServiceResponse response = ExportTraceServiceResponse.parseFrom(late.body());
            assertThat(response.getPartialSuccess().getRejectedSpans()).isEqualTo(1);
            assertThat(response.getPartialSuccess().getErrorMessage()).contains("no longer held");
            f.settle();
            assertThat(f.stored("f1").iterations()).isEqualTo(1);
        }
    }

    @Test
    void anExecutionOutOfRangeIsQuarantinedUnderTheReceiversSource() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            var tooMany = OtlpSpans.span("a9", "a0", null, "invoke_agent big", 0, 2)
                    .addAttributes(OtlpSpans.kv("gen_ai.usage.input_tokens", 5_000_000_000_000L)).build();
            f.post("/v1/traces", "application/x-protobuf", request("svc", tooMany).toByteArray(), false);
            f.settle();
            assertThat(f.workspace.queries().execution("otlp:" + OtlpSpans.hexId("a9", 16))).isEmpty();
            assertThat(f.workspace.imports().quarantine(f.receiver.source(), 10)).singleElement()
                    .satisfies(q -> assertThat(q.reason()).contains("input_tokens"));
            assertThat(f.receiver.counts().quarantined()).isEqualTo(1);
        }
    }

    @Test
    void whileTheStoreIsBehindRequestsAreRefusedWith503AndRetryAfterNotDropped() throws Exception {
        BlockingSink sink = new BlockingSink();
        try (ReceiverFixture f = new ReceiverFixture(dir, s -> s.withQueueCapacity(1), sink)) {
            post(f, "d1");
            f.clock.advance(Duration.ofSeconds(3));
            f.receiver.emitDue();
            sink.entered.await();
            post(f, "d2");
            f.clock.advance(Duration.ofSeconds(3));
            f.receiver.emitDue();

            HttpResponse<byte[]> refused = post(f, "d3");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue(ExportHandler.RETRY_AFTER_SECONDS);
            assertThat(f.receiver.counts().busy()).isEqualTo(1);

            sink.release.countDown();
            f.receiver.flush();
            assertThat(post(f, "d3").statusCode()).as("accepted once the store caught up").isEqualTo(200);
            f.settle();
            assertThat(sink.keys).containsExactly("otlp:" + OtlpSpans.hexId("d1", 16),
                    "otlp:" + OtlpSpans.hexId("d2", 16), "otlp:" + OtlpSpans.hexId("d3", 16));
        }
    }

    @Test
    void logsOfNoAgentCliAreAnsweredHonestlyAsRejected() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            var logs = io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.newBuilder()
                    .addResourceLogs(io.opentelemetry.proto.logs.v1.ResourceLogs.newBuilder().addScopeLogs(
                            io.opentelemetry.proto.logs.v1.ScopeLogs.newBuilder()
                                    .addLogRecords(io.opentelemetry.proto.logs.v1.LogRecord.getDefaultInstance())
                                    .addLogRecords(io.opentelemetry.proto.logs.v1.LogRecord.getDefaultInstance())))
                    .build();
            HttpResponse<byte[]> r = f.post("/v1/logs", "application/x-protobuf", logs.toByteArray(), false);
            assertThat(r.statusCode()).isEqualTo(200);
            ExportLogsServiceResponse response = ExportLogsServiceResponse.parseFrom(r.body());
            assertThat(response.getPartialSuccess().getRejectedLogRecords()).isEqualTo(2);
            assertThat(response.getPartialSuccess().getErrorMessage()).contains("not Claude Code, Codex or Gemini CLI telemetry");
        }
    }

    private static HttpResponse<byte[]> post(ReceiverFixture f, String trace) throws Exception {
        return f.post("/v1/traces", "application/x-protobuf", request("svc", agent(trace, "a0", "agent", 0, 1))
                .toByteArray(), false);
    }

    /** A store that holds its first write until the test lets it go. */
    private static final class BlockingSink implements ExecutionSink {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> keys = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public int write(List<Execution> batch) {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            batch.forEach(e -> keys.add(e.key()));
            return 0;
        }

        @Override
        public void quarantine(List<QuarantinedRecord> records) {
        }

        @Override
        public void flush() {
        }
    }
}
