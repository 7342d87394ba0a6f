package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.breakerboard.ingest.FormatDetector;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.format.otlpproto.OtlpProtoFormat;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import io.opentelemetry.proto.trace.v1.TracesData;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtlpProtoFormatTest {
    static final String TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final long T0 = 1_718_000_000_000_000_000L;

    @TempDir
    Path dir;

    /** The collector's first batch: the model call and the failed tool call; the agent span comes later. */
    static TracesData calls() {
        Span chat = span("b7ad6b7169203331", "00f067aa0ba902b7", "chat gpt-4o", 100, 1_100)
                .setKind(Span.SpanKind.SPAN_KIND_CLIENT)
                .addAttributes(text("gen_ai.operation.name", "chat"))
                .addAttributes(text("gen_ai.request.model", "gpt-4o"))
                .addAttributes(number("gen_ai.usage.input_tokens", 120))
                .addAttributes(number("gen_ai.usage.output_tokens", 30)).build();
        Span tool = span("b7ad6b7169203332", "00f067aa0ba902b7", "execute_tool lookup_order", 1_200, 3_200)
                .addAttributes(text("gen_ai.operation.name", "execute_tool"))
                .addAttributes(text("gen_ai.tool.name", "lookup_order"))
                .setStatus(Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_ERROR)
                        .setMessage("order service timed out")).build();
        return batch(chat, tool);
    }

    /** The second batch: the agent span that holds them. */
    static TracesData agent() {
        return batch(span("00f067aa0ba902b7", null, "invoke_agent triage", 0, 4_000)
                .addAttributes(text("gen_ai.operation.name", "invoke_agent"))
                .addAttributes(text("gen_ai.agent.name", "triage-agent")).build());
    }

    /** Messages behind 4-byte big-endian lengths, as the collector's file exporter writes {@code format: proto}. */
    static byte[] framed(TracesData... messages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        for (TracesData m : messages) {
            byte[] bytes = m.toByteArray();
            data.writeInt(bytes.length);
            data.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void collectorProtoFileIsDetectedAndItsBatchesFormOneTrace() throws Exception {
        Path file = dir.resolve("traces.binpb");
        Files.write(file, framed(calls(), agent()));

        assertThat(new FormatDetector(Formats.all()).detect(file).id()).isEqualTo("otlp-proto");
        Execution e = Parsed.parse(new OtlpProtoFormat(), LogSource.of(file, () -> false)).only();

        assertThat(e.key()).isEqualTo("otlp:" + TRACE);
        assertThat(e.agent()).isEqualTo("triage-agent");
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(4));
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.LLM_CALL, StepKind.TOOL_CALL);
        assertThat(e.inputTokens()).isEqualTo(120);
        assertThat(e.outputTokens()).isEqualTo(30);
        assertThat(e.steps().get(1).errorKind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(e.steps().get(0).attributes()).containsEntry("span.kind", "CLIENT");
    }

    @Test
    void oneWholeTracesDataBodyIsReadToo() throws Exception {
        TracesData whole = calls().toBuilder().addAllResourceSpans(agent().getResourceSpansList()).build();
        Path file = dir.resolve("request.pb");
        Files.write(file, whole.toByteArray());

        Execution e = Parsed.parse(new OtlpProtoFormat(), LogSource.of(file, () -> false)).only();

        assertThat(e.key()).isEqualTo("otlp:" + TRACE);
        assertThat(e.iterations()).isEqualTo(1);
    }

    @Test
    void aCutOffLastMessageIsQuarantinedAndTheMessagesBeforeItAreKept() throws Exception {
        byte[] whole = framed(calls(), agent());
        Path file = dir.resolve("cut.binpb");
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 7));

        Parsed parsed = Parsed.parse(new OtlpProtoFormat(), LogSource.of(file, () -> false));

        assertThat(parsed.rejects()).singleElement().extracting(Parsed.Reject::reason).asString()
                .contains("message 2 is cut off");
        assertThat(parsed.only().steps()).hasSize(2);
    }

    static Span.Builder span(String id, String parent, String name, long startMillis, long endMillis) {
        Span.Builder b = Span.newBuilder().setTraceId(bytes(TRACE)).setSpanId(bytes(id)).setName(name)
                .setStartTimeUnixNano(T0 + startMillis * 1_000_000L).setEndTimeUnixNano(T0 + endMillis * 1_000_000L);
        return parent == null ? b : b.setParentSpanId(bytes(parent));
    }

    private static TracesData batch(Span... spans) {
        ScopeSpans.Builder scope = ScopeSpans.newBuilder();
        for (Span s : spans) {
            scope.addSpans(s);
        }
        return TracesData.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(text("service.name", "support")))
                .addScopeSpans(scope)).build();
    }

    private static ByteString bytes(String hex) {
        return ByteString.copyFrom(HexFormat.of().parseHex(hex));
    }

    private static KeyValue text(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    private static KeyValue number(String key, long value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setIntValue(value)).build();
    }
}
